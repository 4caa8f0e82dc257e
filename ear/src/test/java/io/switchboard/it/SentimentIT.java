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
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sentiment analysis on the deployed server: customers' messages are scored after they arrive, each conversation gets
 * its weighted score and label, lists filter by label, the setting switches it off, and reach applies.
 */
class SentimentIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String manager;
    private static String sender;
    private static Instant started;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("sentiment-admin"), "ACCOUNT_MANAGER"));
        manager = bearer(createApiKey(unique("sentiment-manager"), "MANAGER"));
        sender = "+44" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        assertThat(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(sender))
                        .status())
                .isEqualTo(201);
        started = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        switchSentiment(true);
    }

    @AfterAll
    static void tearDown() {
        // The guide's default: off until a supervisor turns it on.
        switchSentiment(false);
    }

    static void switchSentiment(boolean on) {
        boolean shortIds = get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled");
        TestServer.Reply reply = request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": %s, "sentimentEnabled": %s}""".formatted(shortIds, on));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getBoolean("sentimentEnabled")).isEqualTo(on);
    }

    /** A customer's message from this customer: the intake's answer (conversationId, messageId). */
    static JsonObject customerWrites(String customer, String text) {
        TestServer.Reply reply = request(
                "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(customer, sender, text));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static String customer() {
        return "+3859" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    /** The conversation's sentiment once it has {@code messages} scored messages (scoring runs just after intake). */
    static JsonObject sentimentOnceScored(long conversation, int messages) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            TestServer.Reply reply = get(API + "/conversations/" + conversation + "/sentiment", manager);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonObject sentiment = reply.json();
            if (sentiment.getJsonArray("messages").size() >= messages || System.nanoTime() > deadline) {
                return sentiment;
            }
            Thread.sleep(50);
        }
    }

    /** This test's conversations (created since it started) that have this label. */
    static List<Long> listed(String label) {
        TestServer.Reply reply =
                get(API + "/conversations?size=100&createdFrom=" + started + "&sentiment=" + label, manager);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(c -> c.getJsonNumber("id").longValue())
                .collect(Collectors.toList());
    }

    // The guide: "This feature analyzes every message sent by the customer and scores it on a scale from -1 to +1";
    // "-1 ; -0,35 - Negative", "+0,35 ; +1 - Positive"; "Messages sent later in the conversation have a higher
    // weight".
    @Test
    void scoresCustomersMessagesAndLabelsConversations() throws InterruptedException {
        String angry = customer();
        JsonObject first = customerWrites(angry, "Hi, where is my order? It was due on Monday.");
        long negative = first.getJsonNumber("conversationId").longValue();
        JsonObject second = customerWrites(
                angry, "This is terrible. Still nothing, nobody answers and I am really angry! Worst service ever!");
        assertThat(second.getJsonNumber("conversationId").longValue()).isEqualTo(negative);
        long positive = customerWrites(customer(), "Thank you so much, great help, everything works now :)")
                .getJsonNumber("conversationId")
                .longValue();

        JsonObject sentiment = sentimentOnceScored(negative, 2);
        assertThat(sentiment.getBoolean("enabled")).isTrue();
        List<JsonObject> messages = sentiment.getJsonArray("messages").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertThat(messages)
                .extracting(m -> m.getJsonNumber("messageId").longValue())
                .containsExactly(
                        first.getJsonNumber("messageId").longValue(),
                        second.getJsonNumber("messageId").longValue());
        double calm = messages.get(0).getJsonNumber("score").doubleValue();
        double furious = messages.get(1).getJsonNumber("score").doubleValue();
        assertThat(furious).isLessThanOrEqualTo(-0.35);
        // The later message weighs twice the first: (calm + 2 * furious) / 3, rounded to two decimals.
        double score = sentiment.getJsonNumber("score").doubleValue();
        assertThat(score).isCloseTo((calm + 2 * furious) / 3, org.assertj.core.data.Offset.offset(0.006));
        assertThat(score).isLessThanOrEqualTo(-0.35);
        assertThat(sentiment.getString("label")).isEqualTo("NEGATIVE");
        assertThat(sentiment.getString("trend")).isEqualTo("DOWN");

        JsonObject happy = sentimentOnceScored(positive, 1);
        assertThat(happy.getJsonNumber("score").doubleValue()).isGreaterThanOrEqualTo(0.35);
        assertThat(happy.getString("label")).isEqualTo("POSITIVE");

        assertThat(listed("NEGATIVE")).contains(negative).doesNotContain(positive);
        assertThat(listed("POSITIVE")).contains(positive).doesNotContain(negative);
        assertField(get(API + "/conversations?sentiment=ANGRY", manager), "sentiment");

        // Reach as on every conversation endpoint: an agent outside the conversation's queue gets 404.
        long queue = request("POST", API + "/queues", supervisor, JSON, """
                        {"name": "%s", "autoAssignment": "OFF"}""".formatted(unique("Sentiment")))
                .json()
                .getJsonNumber("id")
                .longValue();
        assertThat(request("PUT", API + "/conversations/" + negative + "/queue", supervisor, JSON, """
                        {"queueId": %d}""".formatted(queue))
                        .status())
                .isEqualTo(200);
        String outsiderName = unique("sentiment-agent");
        TestServer.Reply agent =
                request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "a long enough password",
                 "queueIds": []}""".formatted(outsiderName, outsiderName));
        assertThat(agent.status()).as(agent.body()).isEqualTo(201);
        String outsider = basic(outsiderName, "a long enough password");
        assertThat(get(API + "/conversations/" + negative + "/sentiment", outsider)
                        .status())
                .isEqualTo(404);
        assertThat(get(API + "/conversations/" + positive + "/sentiment", outsider)
                        .status())
                .isEqualTo(200);
        assertThat(get(API + "/conversations/999999999/sentiment", manager).status())
                .isEqualTo(404);
        // A 19-digit id that still fits a long is no exception to the one gate; beyond a long it is no id at all.
        assertThat(get(API + "/conversations/" + Long.MAX_VALUE / 2 + "/sentiment", manager)
                        .status())
                .isEqualTo(404);
        assertThat(get(API + "/conversations/" + Long.MAX_VALUE / 2 + "/notes", manager)
                        .status())
                .isEqualTo(404);
        assertThat(get(API + "/conversations/99999999999999999999/notes", manager)
                        .status())
                .isEqualTo(404);

        // Off: nothing is scored, and the endpoint says so.
        switchSentiment(false);
        try {
            long unscored = customerWrites(customer(), "This is awful, I hate it!")
                    .getJsonNumber("conversationId")
                    .longValue();
            Thread.sleep(1_000);
            JsonObject off = get(API + "/conversations/" + unscored + "/sentiment", manager)
                    .json();
            assertThat(off.getBoolean("enabled")).isFalse();
            assertThat(off.get("score")).isIn(null, JsonValue.NULL);
            assertThat(off.get("label")).isIn(null, JsonValue.NULL);
            assertThat(off.getJsonArray("messages")).isEmpty();
        } finally {
            switchSentiment(true);
        }
    }
}
