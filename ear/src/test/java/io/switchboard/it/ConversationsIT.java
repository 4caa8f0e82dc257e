package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inbound messages threaded into conversations, exactly once, and conversations after they started. */
class ConversationsIT {

    private static final String JSON = "application/json";
    private static String gateway;
    private static String supervisor;
    private static String sender;

    @BeforeAll
    static void senderAndKeys() {
        supervisor = bearer(createApiKey(unique("conversations-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("sms-gateway"), "GATEWAY", "MANAGER"));
        sender = phone();
        TestServer.Reply created = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Support line"}""".formatted(sender));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private static TestServer.Reply inbound(String from, String text, String idempotencyKey, String extra) {
        String more = extra == null ? "" : ", " + extra;
        String body = text == null ? """
                {"channel": "SMS", "from": "%s", "to": "%s"%s}""".formatted(from, sender, more) : """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"%s}""".formatted(from, sender, text, more);
        return idempotencyKey == null
                ? request("POST", API + "/messages", gateway, JSON, body)
                : TestServer.requestWithHeader(
                        "POST", API + "/messages", gateway, JSON, body, "Idempotency-Key", idempotencyKey);
    }

    private static JsonObject received(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static List<JsonObject> messagesOf(long conversationId) {
        return get(API + "/conversations/" + conversationId + "/messages", gateway)
                .jsonArray()
                .getValuesAs(JsonObject.class);
    }

    @Test
    void threadsACustomersMessagesIntoOneOpenConversation() {
        String customer = phone();
        JsonObject first = received(inbound(customer, "My order is late", null, """
                "firstName": "Ana"
                """));
        JsonObject second = received(inbound(customer, "Order 1234", null, null));
        JsonObject someoneElse = received(inbound(phone(), "Hello", null, null));

        assertThat(first.getBoolean("newConversation")).isTrue();
        assertThat(second.getBoolean("newConversation")).isFalse();
        assertThat(second.getInt("conversationId")).isEqualTo(first.getInt("conversationId"));
        assertThat(someoneElse.getInt("conversationId")).isNotEqualTo(first.getInt("conversationId"));
        assertThat(someoneElse.getInt("shortId")).isGreaterThan(first.getInt("shortId"));

        JsonObject conversation = get(API + "/conversations/" + first.getInt("conversationId"), gateway)
                .json();
        assertThat(conversation.getString("status")).isEqualTo("OPEN");
        assertThat(conversation.getString("priority")).isEqualTo("NORMAL");
        assertThat(conversation.getString("channel")).isEqualTo("SMS");
        assertThat(conversation.getJsonObject("queue").getString("name")).isEqualTo("Default");
        assertThat(conversation.getJsonObject("person").getString("name")).isEqualTo("Ana");
        assertThat(messagesOf(first.getInt("conversationId")))
                .extracting(m -> m.getString("text"))
                .containsExactly("My order is late", "Order 1234");
    }

    @Test
    void aRepeatedIdempotencyKeyOrExternalIdStoresNothingTwice() {
        String customer = phone();
        String key = unique("key");
        TestServer.Reply first = inbound(customer, "Once", key, null);
        TestServer.Reply again = inbound(customer, "Once", key, null);
        assertThat(received(again).getInt("messageId"))
                .isEqualTo(received(first).getInt("messageId"));
        assertThat(again.idempotentReplayed()).isEqualTo("true");

        String externalId = """
                "externalId": "%s"
                """.formatted(unique("sms"));
        JsonObject byId = received(inbound(customer, "Twice?", null, externalId));
        JsonObject byIdAgain = received(inbound(customer, "Twice?", null, externalId));
        assertThat(byIdAgain.getInt("messageId")).isEqualTo(byId.getInt("messageId"));

        assertThat(messagesOf(first.json().getInt("conversationId")))
                .extracting(m -> m.getString("text"))
                .containsExactly("Once", "Twice?");
    }

    @Test
    void aBurstOfFirstMessagesOpensExactlyOneConversation() throws Exception {
        String customer = phone();
        int burst = 12;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<TestServer.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String text = "burst " + i;
                replies.add(pool.submit(() -> {
                    start.await();
                    return inbound(customer, text, null, null);
                }));
            }
            start.countDown();
            Set<Integer> conversations = new HashSet<>();
            for (Future<TestServer.Reply> reply : replies) {
                conversations.add(received(reply.get()).getInt("conversationId"));
            }
            assertThat(conversations).hasSize(1);
            assertThat(messagesOf(conversations.iterator().next())).hasSize(burst);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closedIsFinalAndTheCustomersNextMessageOpensANewConversation() {
        String customer = phone();
        long id = received(inbound(customer, "Help", null, null)).getInt("conversationId");
        TestServer.Reply reply = request("POST", API + "/conversations/" + id + "/messages", gateway, JSON, """
                {"text": "How can we help?"}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().getString("direction")).isEqualTo("OUTBOUND");
        assertThat(reply.json().getString("to")).isEqualTo(customer);
        assertThat(reply.json().getString("from")).isEqualTo(sender);

        TestServer.Reply closed = request("PUT", API + "/conversations/" + id + "/status", gateway, JSON, """
                {"status": "CLOSED"}""");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().getString("closedAt")).isNotBlank();

        assertThat(request("POST", API + "/conversations/" + id + "/messages", gateway, JSON, """
                {"text": "Anything else?"}""")
                        .status())
                .isEqualTo(409);
        assertThat(request("PUT", API + "/conversations/" + id + "/status", gateway, JSON, """
                {"status": "OPEN"}""")
                        .status())
                .isEqualTo(409);
        assertThat(messagesOf(id)).hasSize(2);

        JsonObject next = received(inbound(customer, "Me again", null, null));
        assertThat(next.getBoolean("newConversation")).isTrue();
        assertThat(next.getInt("conversationId")).isNotEqualTo((int) id);
    }

    @Test
    void listsFilteredAndPaged() {
        JsonObject started = received(inbound(phone(), "Find me", null, null));
        JsonObject page = get(API + "/conversations?shortId=" + started.getInt("shortId"), gateway)
                .json();
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getInt("id"))
                .isEqualTo(started.getInt("conversationId"));

        JsonObject small = get(API + "/conversations?status=OPEN&channel=SMS&size=1", gateway)
                .json();
        assertThat(small.getJsonArray("items")).hasSize(1);
        assertThat(small.getInt("total")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        String customer = phone();
        assertField(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "+0000", "text": "x"}""".formatted(customer)), "to");
        assertField(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "FAX", "from": "%s", "to": "%s", "text": "x"}""".formatted(customer, sender)), "channel");
        assertField(inbound(customer, "x".repeat(4097), null, null), "text");
        assertField(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS"
                """), "body");
        assertField(
                TestServer.requestWithHeader(
                        "POST",
                        API + "/messages",
                        gateway,
                        JSON,
                        """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "x"}""".formatted(customer, sender),
                        "Idempotency-Key",
                        "k".repeat(201)),
                "Idempotency-Key");
        assertField(get(API + "/conversations?status=NOPE", gateway), "status");
        assertField(get(API + "/conversations?size=1000", gateway), "size");
        assertField(request("PUT", API + "/conversations/1/status", gateway, JSON, """
                {"status": "DONE"}"""), "status");
        assertThat(get(API + "/conversations/987654321", gateway).status()).isEqualTo(404);

        assertThat(get(API + "/conversations?person=0", gateway).json().getInt("total"))
                .isZero();
        JsonObject fresh = received(inbound(customer, "first real message", null, null));
        assertThat(fresh.getBoolean("newConversation")).isTrue();
        assertThat(messagesOf(fresh.getInt("conversationId"))).hasSize(1);
    }

    @Test
    void emailFieldsAndAttachmentsTravelWithTheMessage() {
        String customer = phone();
        JsonObject stored = received(inbound(customer, "See the photo", null, """
                "subject": "Broken item",
                "customAttributes": {"ivrChoice": "2"},
                "cc": ["boss@example.com"],
                "attachments": [
                    {"type": "IMAGE", "url": "https://cdn.example.com/p.jpg", "mimeType": "image/jpeg"},
                    {"type": "LOCATION", "latitude": 45.81, "longitude": 15.98}
                ]"""));
        JsonObject message = messagesOf(stored.getInt("conversationId")).get(0);
        assertThat(message.getString("subject")).isEqualTo("Broken item");
        assertThat(message.getJsonObject("customAttributes").getString("ivrChoice"))
                .isEqualTo("2");
        assertThat(get(API + "/conversations/" + stored.getInt("conversationId"), gateway)
                        .json()
                        .getString("topic"))
                .isEqualTo("Broken item");
        assertThat(message.getJsonArray("cc").getString(0)).isEqualTo("boss@example.com");
        assertThat(message.getJsonArray("attachments")).hasSize(2);
        assertThat(message.getJsonArray("attachments")
                        .getJsonObject(1)
                        .getJsonNumber("latitude")
                        .doubleValue())
                .isEqualTo(45.81);

        assertThat(received(inbound(phone(), null, null, """
                "attachments": [{"type": "LINK", "url": "https://example.com"}]""")).getBoolean("newConversation"))
                .isTrue();
        assertField(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s"}""".formatted(customer, sender)), "text");
        assertField(inbound(customer, "x", null, """
                "attachments": [{"type": "FILE"}]"""), "attachments[0].url");
        assertField(inbound(customer, "x", null, """
                "attachments": [{"type": "LOCATION", "latitude": 91, "longitude": 0}]"""), "attachments[0].latitude");
        assertField(inbound(customer, "x", null, """
                "cc": ["not an address"]"""), "cc[0]");
        assertThat(messagesOf(stored.getInt("conversationId"))).hasSize(1);
    }

    @Test
    void sendersAreUniquePerChannel() {
        TestServer.Reply duplicate = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(sender));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(request("POST", API + "/senders", gateway, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(phone()))
                        .status())
                .isEqualTo(403);
    }
}
