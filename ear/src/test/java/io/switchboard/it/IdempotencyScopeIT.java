package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.requestWithHeader;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys and external ids belong to the caller and the sender: another gateway's message under the same key
 * is its own message, and a different message under a used key is refused (422), never answered with the first.
 */
class IdempotencyScopeIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String first;
    private static String second;
    private static String sender;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("idem-admin"), "ACCOUNT_MANAGER"));
        first = bearer(createApiKey(unique("idem-gw1"), "GATEWAY"));
        second = bearer(createApiKey(unique("idem-gw2"), "GATEWAY"));
        sender = "+44" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(sender)));
    }

    private static String customer() {
        return "+3857" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    private static TestServer.Reply post(String gateway, String key, String body) {
        return requestWithHeader("POST", API + "/messages", gateway, JSON, body, "Idempotency-Key", key);
    }

    private static String body(String from, String text) {
        return """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(from, sender, text);
    }

    private static int messagesIn(long conversation) {
        return get(API + "/conversations/" + conversation + "/messages", supervisor)
                .jsonArray()
                .size();
    }

    @Test
    void anotherGatewaysMessageUnderTheSameKeyIsItsOwn() {
        String key = unique("key");
        JsonObject one = ReachIT.created(post(first, key, body(customer(), "from gateway one")));
        TestServer.Reply other = post(second, key, body(customer(), "from gateway two"));
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        assertThat(other.idempotentReplayed()).isEqualTo("false");
        assertThat(other.json().getInt("messageId")).isNotEqualTo(one.getInt("messageId"));
        assertThat(other.json().getInt("conversationId")).isNotEqualTo(one.getInt("conversationId"));
    }

    @Test
    void theSameRequestAgainIsReplayedWhateverItsLayout() {
        String key = unique("key");
        String from = customer();
        JsonObject one = ReachIT.created(post(first, key, body(from, "once")));
        String sameReordered = """
                { "text": "once", "to": "%s",  "from": "%s", "channel": "SMS" }""".formatted(sender, from);
        TestServer.Reply again = post(first, key, sameReordered);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.idempotentReplayed()).isEqualTo("true");
        assertThat(again.json().getInt("messageId")).isEqualTo(one.getInt("messageId"));
        assertThat(messagesIn(one.getInt("conversationId"))).isEqualTo(1);
    }

    @Test
    void aDifferentRequestUnderAUsedKeyIsRefusedWith422() {
        String key = unique("key");
        String from = customer();
        JsonObject one = ReachIT.created(post(first, key, body(from, "my order is late")));
        TestServer.Reply changed = post(first, key, body(from, "my order is lost"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(422);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("Idempotency-Key");
        assertThat(messagesIn(one.getInt("conversationId")))
                .as("nothing stored")
                .isEqualTo(1);
    }

    @Test
    void externalIdsAreScopedTheSameWay() {
        String external = unique("ext");
        String from = customer();
        String withId = """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s", "externalId": "%s"}""";
        JsonObject one = ReachIT.created(
                request("POST", API + "/messages", first, JSON, withId.formatted(from, sender, "hi", external)));
        TestServer.Reply others = request(
                "POST", API + "/messages", second, JSON, withId.formatted(customer(), sender, "hello", external));
        assertThat(others.status()).isEqualTo(201);
        assertThat(others.idempotentReplayed()).isEqualTo("false");

        TestServer.Reply repeat =
                request("POST", API + "/messages", first, JSON, withId.formatted(from, sender, "hi", external));
        assertThat(repeat.idempotentReplayed()).isEqualTo("true");
        assertThat(repeat.json().getInt("messageId")).isEqualTo(one.getInt("messageId"));

        TestServer.Reply different =
                request("POST", API + "/messages", first, JSON, withId.formatted(from, sender, "bye", external));
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("externalId");
    }
}
