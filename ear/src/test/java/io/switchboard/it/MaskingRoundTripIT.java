package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Masking survives a round trip. Guide, "Sensitive data masking": "The data masking feature hides or masks data
 * labeled as sensitive from agents"; what an agent reads masked and sends back must not overwrite the stored values.
 */
class MaskingRoundTripIT {

    private static final String JSON = "application/json";
    private static final String MASK = "••••••";
    private static String supervisor;
    private static String agent;
    private static String analyst;
    private static String card;
    private static String tier;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("masking-admin"), "ACCOUNT_MANAGER"));
        agent = bearer(createApiKey(unique("masking-agent"), "AGENT"));
        analyst = bearer(createApiKey(unique("masking-analyst"), "ANALYTICS_MANAGER"));
        card = "card" + unique("x").substring(2);
        tier = "tier" + unique("x").substring(2);
        ReachIT.created(request("POST", API + "/attributes", supervisor, JSON, """
                {"owner": "PERSON", "name": "%s", "type": "TEXT", "sensitive": true}""".formatted(card)));
        ReachIT.created(request("POST", API + "/attributes", supervisor, JSON, """
                {"owner": "PERSON", "name": "%s", "type": "TEXT"}""".formatted(tier)));
    }

    private static long person() {
        return ReachIT.created(request("POST", API + "/people", supervisor, JSON, """
                {"firstName": "Ana", "customAttributes": {"%s": "4242", "%s": "gold"}}""".formatted(card, tier)))
                .getInt("id");
    }

    private static JsonObject stored(long person) {
        return get(API + "/people/" + person, supervisor).json().getJsonObject("customAttributes");
    }

    @Test
    @DisplayName("A masked value sent back means unchanged: an agent's read-then-write keeps what the mask hides")
    void anAgentsRoundTripKeepsSensitiveValues() {
        long person = person();
        JsonObject seen = get(API + "/people/" + person, agent).json();
        assertThat(seen.getJsonObject("customAttributes").getString(card)).isEqualTo(MASK);

        String edited = Json.createObjectBuilder(seen)
                .add("firstName", "Anna")
                .add(
                        "customAttributes",
                        Json.createObjectBuilder(seen.getJsonObject("customAttributes"))
                                .add(tier, "platinum"))
                .remove("id")
                .remove("contacts")
                .remove("createdAt")
                .remove("updatedAt")
                .build()
                .toString();
        TestServer.Reply written = request("PUT", API + "/people/" + person, agent, JSON, edited);
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.json().getJsonObject("customAttributes").getString(card))
                .isEqualTo(MASK);

        assertThat(stored(person).getString(card)).isEqualTo("4242");
        assertThat(stored(person).getString(tier)).isEqualTo("platinum");
        assertThat(get(API + "/people/" + person, supervisor).json().getString("firstName"))
                .isEqualTo("Anna");
    }

    @Test
    @DisplayName("Agents cannot write sensitive attributes: 403 naming the attribute, nothing stored")
    void agentsCannotChangeSensitiveValues() {
        long person = person();
        TestServer.Reply refused = request("PUT", API + "/people/" + person, agent, JSON, """
                {"firstName": "Mallory", "customAttributes": {"%s": "9999"}}""".formatted(card));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("customAttributes[" + card + "]");
        assertThat(stored(person).getString(card)).isEqualTo("4242");
        assertThat(get(API + "/people/" + person, supervisor).json().getString("firstName"))
                .isEqualTo("Ana");

        // Leaving it out keeps it too: an agent can neither change nor remove what they cannot see.
        assertThat(request("PUT", API + "/people/" + person, agent, JSON, """
                {"firstName": "Ana"}""").status())
                .isEqualTo(200);
        assertThat(stored(person).getString(card)).isEqualTo("4242");
    }

    @Test
    @DisplayName("Supervisors may change sensitive values; a mask they send back keeps the value too")
    void supervisorsWriteSensitiveValues() {
        long person = person();
        assertThat(request("PUT", API + "/people/" + person, supervisor, JSON, """
                {"firstName": "Ana", "customAttributes": {"%s": "%s"}}""".formatted(card, MASK))
                        .status())
                .isEqualTo(200);
        assertThat(stored(person).getString(card)).isEqualTo("4242");
        assertThat(request("PUT", API + "/people/" + person, supervisor, JSON, """
                {"firstName": "Ana", "customAttributes": {"%s": "1111"}}""".formatted(card))
                        .status())
                .isEqualTo(200);
        assertThat(stored(person).getString(card)).isEqualTo("1111");
    }

    @Test
    @DisplayName("Analytics Managers 'check analytics and reports': they see sensitive values masked, as agents do")
    void analyticsManagersSeeMasks() {
        long person = person();
        assertThat(get(API + "/people/" + person, analyst)
                        .json()
                        .getJsonObject("customAttributes")
                        .getString(card))
                .isEqualTo(MASK);
    }

    @Test
    @DisplayName("Conversation metadata keys marked sensitive are masked for agents and survive their round trip")
    void sensitiveMetadataIsMaskedAndKept() {
        String secret = "cardNumber" + unique("x").substring(2);
        ReachIT.created(request("POST", API + "/attributes", supervisor, JSON, """
                {"owner": "CONVERSATION", "name": "%s", "sensitive": true}""".formatted(secret)));
        // An agent reaches an unassigned conversation of the Default queue.
        String sender = "+44" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(sender)));
        long conversation = ReachIT.inDefaultQueue(sender);
        String metadata = API + "/conversations/" + conversation + "/metadata";
        assertThat(request("PUT", metadata, supervisor, JSON, """
                {"%s": "4111111111111111", "Model": "CX-5"}""".formatted(secret))
                        .status())
                .isEqualTo(200);

        JsonObject seen = get(metadata, agent).json();
        assertThat(seen.getString(secret)).isEqualTo(MASK);
        assertThat(seen.getString("Model")).isEqualTo("CX-5");

        String edited =
                Json.createObjectBuilder(seen).add("Model", "CX-30").build().toString();
        assertThat(request("PUT", metadata, agent, JSON, edited).status()).isEqualTo(200);
        JsonObject kept = get(metadata, supervisor).json();
        assertThat(kept.getString(secret)).isEqualTo("4111111111111111");
        assertThat(kept.getString("Model")).isEqualTo("CX-30");

        TestServer.Reply refused = request("PUT", metadata, agent, JSON, """
                {"%s": "5555", "Model": "CX-30"}""".formatted(secret));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo(secret);
        assertThat(get(metadata, supervisor).json().getString(secret)).isEqualTo("4111111111111111");
    }
}
