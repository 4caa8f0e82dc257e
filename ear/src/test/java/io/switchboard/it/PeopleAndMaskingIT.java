package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.asAdmin;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Customers and companies with standard and typed custom attributes; sensitive values masked for agents. */
class PeopleAndMaskingIT {

    private static final String JSON = "application/json";
    private static final String MASK = "••••••";
    private static String supervisor;
    private static String agent;
    private static String tier;
    private static String score;
    private static String card;

    @BeforeAll
    static void attributes() {
        supervisor = bearer(createApiKey(unique("people-admin"), "ACCOUNT_MANAGER"));
        agent = bearer(createApiKey(unique("people-agent"), "AGENT"));
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
        tier = "tier" + suffix;
        score = "score" + suffix;
        card = "cardLast4x" + suffix;
        define("""
                {"owner": "PERSON", "name": "%s", "type": "TEXT"}""".formatted(tier));
        define("""
                {"owner": "PERSON", "name": "%s", "type": "WHOLE_NUMBER"}""".formatted(score));
        define("""
                {"owner": "PERSON", "name": "%s", "type": "TEXT", "sensitive": true}""".formatted(card));
        TestServer.Reply city = request("POST", API + "/attributes", supervisor, JSON, """
                {"owner": "PERSON", "name": "city", "sensitive": true}""");
        assertThat(city.status()).as(city.body()).isIn(201, 409);
        if (city.status() == 409) {
            long id = get(API + "/attributes", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("name").equals("city")
                            && d.getString("owner").equals("PERSON"))
                    .findFirst()
                    .orElseThrow()
                    .getInt("id");
            request("PUT", API + "/attributes/" + id, supervisor, JSON, """
                    {"sensitive": true}""");
        }
    }

    private static void define(String body) {
        TestServer.Reply reply = request("POST", API + "/attributes", supervisor, JSON, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static long createCompany(String name) {
        return created(request("POST", API + "/companies", supervisor, JSON, """
                {"name": "%s", "segment": "Enterprise", "domains": ["example.com"], "tags": ["key-account"]}""".formatted(name)))
                .getInt("id");
    }

    private String person(String lastName, long company) {
        return """
                {
                    "firstName": "Ana",
                    "lastName": "%s",
                    "city": "Zagreb",
                    "country": "Croatia",
                    "birthDate": "1990-05-17",
                    "gender": "FEMALE",
                    "tags": ["premium"],
                    "companyId": %s,
                    "customAttributes": {"%s": "gold", "%s": "42", "%s": "4242"}
                }""".formatted(lastName, company, tier, score, card);
    }

    @Test
    void customersCarryStandardAndCustomAttributesAndBelongToACompany() {
        String lastName = unique("Horvat");
        long company = createCompany(unique("Acme"));
        JsonObject person = created(request("POST", API + "/people", supervisor, JSON, person(lastName, company)));
        long id = person.getInt("id");
        assertThat(person.getString("birthDate")).isEqualTo("1990-05-17");
        assertThat(person.getInt("companyId")).isEqualTo((int) company);
        assertThat(person.getJsonObject("customAttributes").getString(score)).isEqualTo("42");

        JsonObject withContact = created(
                request("POST", API + "/people/" + id + "/contacts", supervisor, JSON, """
                {"channel": "EMAIL", "address": "%s@example.com"}""".formatted(lastName)));
        assertThat(withContact.getJsonArray("contacts")).hasSize(1);
        assertThat(request("POST", API + "/people/" + id + "/contacts", supervisor, JSON, """
                {"channel": "EMAIL", "address": "%s@example.com"}""".formatted(lastName))
                        .status())
                .isEqualTo(409);

        JsonObject byName =
                get(API + "/people?q=" + lastName.toLowerCase(), supervisor).json();
        assertThat(byName.getInt("total")).isEqualTo(1);
        JsonObject byContact =
                get(API + "/people?q=" + lastName + "@example", supervisor).json();
        assertThat(byContact.getJsonArray("items").getJsonObject(0).getInt("id"))
                .isEqualTo((int) id);

        String updated = person(lastName, company).replace("\"gold\"", "\"platinum\"");
        JsonObject changed =
                request("PUT", API + "/people/" + id, supervisor, JSON, updated).json();
        assertThat(changed.getJsonObject("customAttributes").getString(tier)).isEqualTo("platinum");

        assertThat(request("DELETE", API + "/companies/" + company, supervisor, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/people/" + id, supervisor).json().containsKey("companyId"))
                .isFalse();
    }

    @Test
    void sensitiveValuesAreMaskedForAgentsOnly() {
        long id = created(request(
                        "POST",
                        API + "/people",
                        supervisor,
                        JSON,
                        person(unique("Kovac"), createCompany(unique("Globex")))))
                .getInt("id");

        JsonObject asAgent = get(API + "/people/" + id, agent).json();
        assertThat(asAgent.getString("city")).isEqualTo(MASK);
        assertThat(asAgent.getJsonObject("customAttributes").getString(card)).isEqualTo(MASK);
        assertThat(asAgent.getString("country")).isEqualTo("Croatia");
        assertThat(asAgent.getJsonObject("customAttributes").getString(tier)).isEqualTo("gold");

        JsonObject asSupervisor = get(API + "/people/" + id, asAdmin()).json();
        assertThat(asSupervisor.getString("city")).isEqualTo("Zagreb");
        assertThat(asSupervisor.getJsonObject("customAttributes").getString(card))
                .isEqualTo("4242");
    }

    @Test
    void sensitiveMessagesAreMaskedForAgents() {
        String sender = "+49" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "LIVE_CHAT", "address": "%s"}""".formatted(sender)));
        long conversation = created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "LIVE_CHAT", "from": "%s", "to": "%s", "text": "my card is 4242 4242", "sensitive": true}""".formatted(
                                unique("visitor"), sender)))
                .getInt("conversationId");

        JsonObject seenByAgent = get(API + "/conversations/" + conversation + "/messages", agent)
                .jsonArray()
                .getJsonObject(0);
        assertThat(seenByAgent.getString("text")).isEqualTo(MASK);
        assertThat(seenByAgent.getBoolean("sensitive")).isTrue();
        assertThat(get(API + "/conversations/" + conversation + "/messages", asAdmin())
                        .jsonArray()
                        .getJsonObject(0)
                        .getString("text"))
                .isEqualTo("my card is 4242 4242");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        String lastName = unique("Invalid");
        assertField(
                request("POST", API + "/people", supervisor, JSON, """
                {"lastName": "%s", "customAttributes": {"nope": "x"}}""".formatted(lastName)), "customAttributes[nope]");
        assertField(
                request("POST", API + "/people", supervisor, JSON, """
                {"lastName": "%s", "customAttributes": {"%s": "many"}}""".formatted(lastName, score)),
                "customAttributes[" + score + "]");
        assertField(request("POST", API + "/people", supervisor, JSON, """
                {"lastName": "%s", "gender": "ROBOT"}""".formatted(lastName)), "gender");
        assertField(request("POST", API + "/people", supervisor, JSON, """
                {"lastName": "%s", "birthDate": "17.05.1990"}""".formatted(lastName)), "birthDate");
        assertField(request("POST", API + "/people", supervisor, JSON, """
                {"lastName": "%s"}""".formatted("x".repeat(101))), "lastName");
        assertField(request("POST", API + "/people", supervisor, JSON, """
                {"lastName": "%s", "companyId": 987654321}""".formatted(lastName)), "companyId");
        assertField(request("POST", API + "/companies", supervisor, JSON, """
                {"segment": "SMB"}"""), "name");
        assertField(
                request("POST", API + "/attributes", supervisor, JSON, """
                {"owner": "PERSON", "name": "%s"}""".formatted(
                                unique("x").replace("-", ""))),
                "type");
        assertThat(get(API + "/people?q=" + lastName.toLowerCase(), supervisor)
                        .json()
                        .getInt("total"))
                .isZero();

        String externalId = unique("crm");
        created(request("POST", API + "/people", supervisor, JSON, """
                {"externalPersonId": "%s"}""".formatted(externalId)));
        assertThat(request("POST", API + "/people", supervisor, JSON, """
                {"externalPersonId": "%s"}""".formatted(externalId))
                        .status())
                .isEqualTo(409);
        assertThat(get(API + "/people/987654321", supervisor).status()).isEqualTo(404);
    }
}
