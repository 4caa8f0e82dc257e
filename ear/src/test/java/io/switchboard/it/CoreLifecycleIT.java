package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Changing and deleting what the core holds: tags, senders, customers and agents, with the rule that what a
 * conversation's history needs stays; and customer attributes a channel sends with a message.
 */
class CoreLifecycleIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String manager;
    private static String agent;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("core-admin"), "ACCOUNT_MANAGER"));
        manager = bearer(createApiKey(unique("core-manager"), "MANAGER"));
        agent = bearer(createApiKey(unique("core-agent"), "AGENT"));
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonObject ok(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private static JsonObject createSender(String address) {
        return created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Support line"}""".formatted(address)));
    }

    private static JsonObject inbound(String from, String to, String extra) {
        return created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "hello"%s}""".formatted(
                        from, to, (extra == null ? "" : ", " + extra))));
    }

    private static JsonObject personOf(long conversationId) {
        long personId = ok(get(API + "/conversations/" + conversationId, supervisor))
                .getJsonObject("person")
                .getInt("id");
        return ok(get(API + "/people/" + personId, supervisor));
    }

    @Test
    void tagsAreRenamedInPlaceAndNamesStayUnique() {
        String name = unique("billing");
        String taken = unique("refund");
        long id = created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(name)))
                .getInt("id");
        created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(taken)));
        String sender = phone();
        createSender(sender);
        long conversation = inbound(phone(), sender, null).getInt("conversationId");
        ok(request("POST", API + "/conversations/" + conversation + "/tags", agent, JSON, """
                {"tag": "%s"}""".formatted(name)));

        String renamed = name + "-invoices";
        assertThat(ok(request("PUT", API + "/tags/" + id, supervisor, JSON, """
                {"name": "%s"}""".formatted(renamed)))
                        .getString("name"))
                .isEqualTo(renamed);
        assertThat(ok(get(API + "/tags/" + id, agent)).getString("name")).isEqualTo(renamed);
        assertThat(ok(get(API + "/conversations/" + conversation, agent))
                        .getJsonArray("tags")
                        .getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly(renamed);

        assertThat(request("PUT", API + "/tags/" + id, supervisor, JSON, """
                {"name": "%s"}""".formatted(taken))
                        .status())
                .isEqualTo(409);
        assertField(request("PUT", API + "/tags/" + id, supervisor, JSON, """
                {"name": " "}"""), "name");
        assertThat(request("PUT", API + "/tags/" + id, agent, JSON, """
                {"name": "mine"}""").status())
                .isEqualTo(403);
        assertThat(request("PUT", API + "/tags/987654321", supervisor, JSON, """
                {"name": "x"}""")
                        .status())
                .isEqualTo(404);
        assertThat(ok(get(API + "/tags/" + id, agent)).getString("name")).isEqualTo(renamed);
    }

    @Test
    void aSenderMovesToANewAddressAndIsDeletedOnlyWithoutConversations() {
        String address = phone();
        long used = createSender(address).getInt("id");
        long conversation = inbound(phone(), address, null).getInt("conversationId");

        String moved = phone();
        JsonObject changed = ok(request("PUT", API + "/senders/" + used, supervisor, JSON, """
                {"address": "%s", "name": "Sales line"}""".formatted(moved)));
        assertThat(changed.getString("address")).isEqualTo(moved);
        assertThat(changed.getString("name")).isEqualTo("Sales line");
        assertThat(changed.getString("channel")).isEqualTo("SMS");
        assertThat(request("PUT", API + "/senders/" + used, agent, JSON, """
                {"address": "%s"}""".formatted(phone()))
                        .status())
                .isEqualTo(403);
        assertField(request("PUT", API + "/senders/" + used, supervisor, JSON, """
                {"name": "no address"}"""), "address");

        String otherAddress = phone();
        long unused = createSender(otherAddress).getInt("id");
        assertThat(request("PUT", API + "/senders/" + unused, supervisor, JSON, """
                {"address": "%s"}""".formatted(moved))
                        .status())
                .isEqualTo(409);

        TestServer.Reply refused = request("DELETE", API + "/senders/" + used, supervisor, null, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("conversation");
        assertThat(ok(get(API + "/conversations/" + conversation, agent))
                        .getJsonObject("sender")
                        .getInt("id"))
                .isEqualTo((int) used);

        // "You will receive a warning message and be required to choose a new default sender": the default of a
        // queue is deleted only once the queue has another.
        String line = unique("Line");
        JsonObject queue =
                created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "senderIds": [%s, %s], "defaultSenderId": %s}""".formatted(line, used, unused, unused)));
        assertThat(request("DELETE", API + "/senders/" + unused, agent, null, null)
                        .status())
                .isEqualTo(403);
        TestServer.Reply isDefault = request("DELETE", API + "/senders/" + unused, supervisor, null, null);
        assertThat(isDefault.status()).isEqualTo(409);
        assertThat(isDefault.contentType()).startsWith("application/problem+json");
        assertThat(isDefault.json().getString("detail")).contains("'" + line + "'");
        ok(request("PUT", API + "/queues/" + queue.getInt("id"), supervisor, JSON, """
                {"name": "%s", "senderIds": [%s, %s], "defaultSenderId": %s}""".formatted(
                        line, used, unused, used)));
        assertThat(request("DELETE", API + "/senders/" + unused, supervisor, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/senders/" + unused, agent).status()).isEqualTo(404);
        JsonObject after = ok(get(API + "/queues/" + queue.getInt("id"), agent));
        assertThat(after.getInt("defaultSenderId")).isEqualTo((int) used);
        assertThat(after.getJsonArray("senderIds")).hasSize(1);
        // Its address is free again.
        createSender(otherAddress);
    }

    @Test
    void aCustomerIsDeletedWithTheirContactsOnlyWithoutConversations() {
        String address = phone();
        long lonely = created(request("POST", API + "/people", agent, JSON, """
                {"firstName": "Lena", "lastName": "%s"}""".formatted(unique("Lonely"))))
                .getInt("id");
        created(request("POST", API + "/people/" + lonely + "/contacts", agent, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(address)));
        assertThat(request("DELETE", API + "/people/" + lonely, agent, null, null)
                        .status())
                .isEqualTo(403);
        assertThat(request("DELETE", API + "/people/" + lonely, manager, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/people/" + lonely, agent).status()).isEqualTo(404);
        assertThat(request("DELETE", API + "/people/" + lonely, manager, null, null)
                        .status())
                .isEqualTo(404);

        // The address is free: a message from it makes a new customer.
        String sender = phone();
        createSender(sender);
        long conversation = inbound(address, sender, null).getInt("conversationId");
        long customer = personOf(conversation).getInt("id");
        assertThat(customer).isNotEqualTo(lonely);
        TestServer.Reply refused = request("DELETE", API + "/people/" + customer, manager, null, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("conversation");
        assertThat(get(API + "/people/" + customer, agent).status()).isEqualTo(200);
    }

    @Test
    void anAgentIsDeletedOnlyBeforeTheirFirstConversation() {
        String username = unique("temp");
        long temp = created(request("POST", API + "/agents", supervisor, JSON, """
                {"name": "Temp", "username": "%s", "password": "a long enough password"}""".formatted(username)))
                .getInt("id");
        assertThat(request("DELETE", API + "/agents/" + temp, manager, null, null)
                        .status())
                .isEqualTo(403);
        assertThat(request("DELETE", API + "/agents/" + temp, supervisor, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/agents/" + temp, agent).status()).isEqualTo(404);
        assertThat(get(API + "/me", basic(username, "a long enough password")).status())
                .isEqualTo(401);
        // The username is free again.
        long again = created(request("POST", API + "/agents", supervisor, JSON, """
                {"name": "Temp", "username": "%s", "password": "a long enough password"}""".formatted(username)))
                .getInt("id");

        String sender = phone();
        createSender(sender);
        long conversation = inbound(phone(), sender, null).getInt("conversationId");
        AgentStatusesInTests.setStatus(supervisor, again, "BUSY");
        ok(request(
                "PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %s}""".formatted(again)));
        TestServer.Reply refused = request("DELETE", API + "/agents/" + again, supervisor, null, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("disable");
        assertThat(ok(get(API + "/agents/" + again, agent)).getString("name")).isEqualTo("Temp");
    }

    @Test
    void attributesSentWithAMessageUpdateTheCustomer() {
        String sender = phone();
        createSender(sender);
        String from = phone();
        String crmId = unique("crm");
        long first = inbound(from, sender, """
                "firstName": "Ivo", "person": {
                    "city": "Split",
                    "gender": "MALE",
                    "externalPersonId": "%s",
                    "preferredService": "Premium",
                    "tags": ["vip"]
                }""".formatted(crmId)).getInt("conversationId");
        JsonObject person = personOf(first);
        assertThat(person.getString("firstName")).isEqualTo("Ivo");
        assertThat(person.getString("city")).isEqualTo("Split");
        assertThat(person.getString("gender")).isEqualTo("MALE");
        assertThat(person.getString("preferredService")).isEqualTo("Premium");

        // Given attributes replace ours, the others stay; top-level names only fill in unknown ones.
        inbound(from, sender, """
                "firstName": "Someone", "person": {"city": "Zagreb"}""");
        person = personOf(first);
        assertThat(person.getString("firstName")).isEqualTo("Ivo");
        assertThat(person.getString("city")).isEqualTo("Zagreb");
        assertThat(person.getString("preferredService")).isEqualTo("Premium");

        // A new address with a known CRM id reaches the same customer, and becomes their contact.
        String whatsApp = phone();
        String waSender = phone();
        created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "WHATSAPP", "address": "%s"}""".formatted(waSender)));
        long onWhatsApp = created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "WHATSAPP", "from": "%s", "to": "%s", "text": "hi", "person": {"externalPersonId": "%s"}}""".formatted(
                                whatsApp, waSender, crmId)))
                .getInt("conversationId");
        JsonObject same = personOf(onWhatsApp);
        assertThat(same.getInt("id")).isEqualTo(person.getInt("id"));
        assertThat(same.getJsonArray("contacts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("channel") + " " + c.getString("address"))
                .contains("SMS " + from, "WHATSAPP " + whatsApp);
    }

    @Test
    void badCustomerAttributesInAMessageStoreNothing() {
        String sender = phone();
        createSender(sender);
        String from = phone();
        // The same message, telling one person attribute wrong each time.
        String body = """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "x", "person": %s}""";
        assertField(
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, body.formatted(from, sender, """
                {"gender": "OTHERWISE"}""")),
                "person.gender");
        assertField(
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, body.formatted(from, sender, """
                {"customAttributes": {"neverDefined": "1"}}""")),
                "person.customAttributes[neverDefined]");
        assertField(
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, body.formatted(from, sender, """
                {"birthDate": "May"}""")),
                "person.birthDate");
        assertThat(ok(get(API + "/people?q=" + from.substring(1), supervisor)).getJsonArray("items"))
                .isEmpty();
    }
}
