package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Agent companion on the deployed server: the summary and the suggested replies answer with no network (nothing
 * listens where the language model is configured), the language model path works against a loopback server speaking
 * the OpenAI chat-completions protocol and falls back when it errs or is too slow, the settings switch both off
 * (409), and reach and roles apply.
 */
class CompanionIT {

    private static final String JSON = "application/json";
    private static final String SECRET = "4111 1111 1111 1111";
    private static String supervisor;
    private static String manager;
    private static String sender;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("companion-admin"), "ACCOUNT_MANAGER"));
        manager = bearer(createApiKey(unique("companion-manager"), "MANAGER"));
        sender = "+44" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        assertThat(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(sender))
                        .status())
                .isEqualTo(201);
        switchCompanion(true, true);
    }

    @AfterAll
    static void tearDown() {
        // The guide's toggles start off.
        switchCompanion(false, false);
    }

    static void switchCompanion(boolean summary, boolean replies) {
        boolean shortIds = get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled");
        TestServer.Reply reply =
                request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": %s, "aiSummaryEnabled": %s, "suggestedRepliesEnabled": %s}""".formatted(shortIds, summary, replies));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getBoolean("aiSummaryEnabled")).isEqualTo(summary);
        assertThat(reply.json().getBoolean("suggestedRepliesEnabled")).isEqualTo(replies);
    }

    static String customer() {
        return "+3859" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    static long customerWrites(String customer, String text, boolean sensitive) {
        TestServer.Reply reply = request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s", "sensitive": %s}""".formatted(
                        customer, sender, text, sensitive));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("conversationId").longValue();
    }

    static void agentReplies(long conversation, String text) {
        TestServer.Reply reply = request(
                "POST", API + "/conversations/" + conversation + "/messages", manager, JSON, """
                {"text": "%s"}""".formatted(text));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    static void solve(long conversation) {
        TestServer.Reply reply = request("PUT", API + "/conversations/" + conversation + "/status", manager, JSON, """
                {"status": "SOLVED"}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    static JsonObject suggestionsOnceContaining(long conversation, String reply) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            TestServer.Reply answer = get(API + "/conversations/" + conversation + "/suggested-replies", manager);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            // The replies only: the answer also quotes the customer's message, which may hold the same words.
            if (texts(answer.json(), "replies", "text").stream().anyMatch(t -> t.contains(reply))
                    || System.nanoTime() > deadline) {
                return answer.json();
            }
            Thread.sleep(100);
        }
    }

    static List<String> texts(JsonObject answer, String array, String field) {
        return answer.getJsonArray(array).stream()
                .map(JsonValue::asJsonObject)
                .map(o -> o.getString(field))
                .toList();
    }

    static List<String> strings(JsonObject answer, String array) {
        return answer.getJsonArray(array).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    // The guide: the summary "offers concise details about past and current customer interactions"; suggested
    // replies are "pre-formulated responses". Issue 19: both must work on a machine with no network.
    @Test
    void summaryAndSuggestionsAnswerWithoutNetwork() throws InterruptedException {
        String token = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L));
        String knownReply =
                "Sorry for the wait! Parcel " + token + " left our depot today, you will receive it by" + " Friday.";
        String earlier = customer();
        long solved =
                customerWrites(earlier, "My parcel has not arrived yet. Where is my parcel " + token + "?", false);
        agentReplies(solved, knownReply);
        solve(solved);

        String asking = customer();
        long open = customerWrites(asking, "Hello, my parcel " + token + " has not arrived. Where is it?", false);
        JsonObject suggestions = suggestionsOnceContaining(open, token);
        assertThat(suggestions.getString("source")).isEqualTo("REPLY_INDEX");
        assertThat(suggestions.getString("customerMessage")).contains("has not arrived");
        List<String> replies = texts(suggestions, "replies", "text");
        assertThat(replies).hasSizeLessThanOrEqualTo(3).contains(knownReply);
        JsonObject first = suggestions.getJsonArray("replies").getJsonObject(replies.indexOf(knownReply));
        assertThat(first.getJsonNumber("fromConversationId").longValue()).isEqualTo(solved);
        // Nothing was sent: the conversation still holds the customer's message only.
        assertThat(get(API + "/conversations/" + open + "/messages", manager).jsonArray())
                .hasSize(1);

        // The same customer's earlier conversation (closed: their next message opens a new one) is summarized with
        // the current one.
        TestServer.Reply closed = request("PUT", API + "/conversations/" + solved + "/status", manager, JSON, """
                {"status": "CLOSED"}""");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        customerWrites(earlier, "Thanks, it came. Can you also change my delivery address for the next order?", false);
        long again = customerWrites(earlier, "Second question: do you ship to Croatia?", false);
        TestServer.Reply summary = get(API + "/conversations/" + again + "/summary", manager);
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonObject body = summary.json();
        assertThat(body.getString("source")).isEqualTo("EXTRACTIVE");
        assertThat(strings(body, "keyPoints")).isNotEmpty();
        assertThat(strings(body, "asked")).anyMatch(s -> s.contains("delivery address"));
        assertThat(strings(body, "openQuestions")).anyMatch(s -> s.contains("ship to Croatia"));
        assertThat(body.getJsonArray("past")).isNotEmpty();
        assertThat(body.getJsonArray("past")
                        .getJsonObject(0)
                        .getJsonNumber("conversationId")
                        .longValue())
                .isEqualTo(solved);
        assertThat(body.getJsonArray("past").toString()).contains(token);

        // The rebuild job reads every solved conversation again, with its progress.
        TestServer.Reply started = request("POST", API + "/companion/reply-index/rebuild", supervisor, JSON, "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonObject progress = rebuildDone();
        assertThat(progress.getString("status")).isEqualTo("COMPLETED");
        assertThat(progress.getJsonNumber("conversationsDone").longValue())
                .isEqualTo(progress.getJsonNumber("conversationsTotal").longValue());
        assertThat(progress.getInt("pairs")).isPositive();
        assertThat(texts(suggestionsOnceContaining(open, token), "replies", "text"))
                .contains(knownReply);
    }

    static JsonObject rebuildDone() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            TestServer.Reply reply = get(API + "/companion/reply-index", manager);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonObject progress = reply.json();
            String status = progress.isNull("status") ? "" : progress.getString("status");
            if (status.equals("COMPLETED") || status.equals("FAILED") || System.nanoTime() > deadline) {
                return progress;
            }
            Thread.sleep(200);
        }
    }

    /** A loopback OpenAI-compatible chat-completions endpoint where the test domain's companion looks for one. */
    static final class FakeModel implements AutoCloseable {
        final HttpServer server;
        final AtomicReference<String> lastBody = new AtomicReference<>();
        final AtomicReference<String> lastAuthorization = new AtomicReference<>();
        final AtomicInteger calls = new AtomicInteger();
        volatile String content = "- The customer waits for a refund\n- We promised it within 5 days";
        volatile int status = 200;
        volatile long delayMillis;

        FakeModel() throws IOException {
            int port = Integer.parseInt(System.getProperty("payara.port.base", "28000"));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/v1/chat/completions", exchange -> {
                calls.incrementAndGet();
                lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String answer = jakarta.json.Json.createObjectBuilder()
                        .add("id", "chatcmpl-1")
                        .add("object", "chat.completion")
                        .add(
                                "choices",
                                jakarta.json.Json.createArrayBuilder()
                                        .add(jakarta.json.Json.createObjectBuilder()
                                                .add("index", 0)
                                                .add(
                                                        "message",
                                                        jakarta.json.Json.createObjectBuilder()
                                                                .add("role", "assistant")
                                                                .add("content", content))
                                                .add("finish_reason", "stop")))
                        .build()
                        .toString();
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                try {
                    exchange.sendResponseHeaders(status, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                } catch (IOException gone) {
                    // The companion gave up waiting (the timeout case).
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    // Issue 19: "the LLM path works against a loopback server speaking the OpenAI-compatible protocol"; "with a
    // timeout and a fall-back to the extractive one; the prompt never includes masked (sensitive) values".
    @Test
    void languageModelAnswersAndFallsBack() throws Exception {
        String someone = customer();
        long conversation =
                customerWrites(someone, "I was charged twice for order 7781. I want a refund please.", false);
        customerWrites(someone, "My card is " + SECRET, true);
        agentReplies(conversation, "I am sorry! We will refund the second charge within 5 days.");
        customerWrites(someone, "When exactly will I see the money?", false);

        try (FakeModel model = new FakeModel()) {
            TestServer.Reply summary = get(API + "/conversations/" + conversation + "/summary", manager);
            assertThat(summary.status()).as(summary.body()).isEqualTo(200);
            assertThat(summary.json().getString("source")).isEqualTo("LANGUAGE_MODEL");
            assertThat(strings(summary.json(), "keyPoints"))
                    .containsExactly("The customer waits for a refund", "We promised it within 5 days");
            assertThat(strings(summary.json(), "promised")).anyMatch(s -> s.contains("refund the second charge"));
            JsonObject sent = jakarta.json.Json.createReader(new java.io.StringReader(model.lastBody.get()))
                    .readObject();
            assertThat(sent.getString("model")).isEqualTo("companion-test-model");
            assertThat(model.lastAuthorization.get()).isEqualTo("Bearer companion-test-key");
            assertThat(sent.getJsonArray("messages").toString())
                    .contains("charged twice")
                    .doesNotContain(SECRET)
                    .doesNotContain("4111");

            model.content = "1. I am sorry, the refund is on its way.\n2. You will see it within 5 days.";
            JsonObject replies = get(API + "/conversations/" + conversation + "/suggested-replies", manager)
                    .json();
            assertThat(replies.getString("source")).isEqualTo("LANGUAGE_MODEL");
            assertThat(texts(replies, "replies", "text"))
                    .containsExactly("I am sorry, the refund is on its way.", "You will see it within 5 days.");
            assertThat(model.lastBody.get()).doesNotContain(SECRET);

            // The model errs: the offline answer comes instead.
            model.status = 500;
            assertThat(get(API + "/conversations/" + conversation + "/summary", manager)
                            .json()
                            .getString("source"))
                    .isEqualTo("EXTRACTIVE");
            // The model is slower than the configured 2 s: the offline answer comes, in time.
            model.status = 200;
            model.delayMillis = 5_000;
            long before = System.nanoTime();
            JsonObject slow = get(API + "/conversations/" + conversation + "/summary", manager)
                    .json();
            assertThat(slow.getString("source")).isEqualTo("EXTRACTIVE");
            assertThat(strings(slow, "keyPoints")).isNotEmpty().noneMatch(s -> s.contains(SECRET));
            assertThat((System.nanoTime() - before) / 1_000_000).isLessThan(4_500);
            assertThat(get(API + "/conversations/" + conversation + "/suggested-replies", manager)
                            .json()
                            .getString("source"))
                    .isEqualTo("REPLY_INDEX");
        }
    }

    // The guide: "To enable the features, turn on the toggles next to them." Off, the endpoints refuse with 409: the
    // request is sound and the caller may make it, but the installation's settings do not allow it now (403 would
    // say the caller lacks a right, which a supervisor's switch does not change).
    @Test
    void offSettingsRefuseAndReachApplies() {
        long conversation = customerWrites(customer(), "Where is my order?", false);
        try {
            switchCompanion(false, false);
            TestServer.Reply summary = get(API + "/conversations/" + conversation + "/summary", manager);
            assertThat(summary.status()).as(summary.body()).isEqualTo(409);
            assertThat(summary.contentType()).startsWith("application/problem+json");
            assertThat(summary.json().getString("detail")).contains("aiSummaryEnabled");
            TestServer.Reply replies = get(API + "/conversations/" + conversation + "/suggested-replies", manager);
            assertThat(replies.status()).as(replies.body()).isEqualTo(409);
            assertThat(replies.json().getString("detail")).contains("suggestedRepliesEnabled");
        } finally {
            switchCompanion(true, true);
        }

        // Unknown, out of reach, wrong role.
        assertThat(get(API + "/conversations/999999999/summary", manager).status())
                .isEqualTo(404);
        assertThat(get(API + "/conversations/999999999/suggested-replies", manager)
                        .status())
                .isEqualTo(404);
        long queue = request("POST", API + "/queues", supervisor, JSON, """
                        {"name": "%s", "autoAssignment": "OFF"}""".formatted(unique("Companion")))
                .json()
                .getJsonNumber("id")
                .longValue();
        assertThat(request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                        {"queueId": %d}""".formatted(
                                        queue))
                        .status())
                .isEqualTo(200);
        String outsiderName = unique("companion-agent");
        TestServer.Reply agent =
                request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "a long enough password",
                 "queueIds": []}""".formatted(outsiderName, outsiderName));
        assertThat(agent.status()).as(agent.body()).isEqualTo(201);
        String outsider = basic(outsiderName, "a long enough password");
        assertThat(get(API + "/conversations/" + conversation + "/summary", outsider)
                        .status())
                .isEqualTo(404);
        assertThat(get(API + "/conversations/" + conversation + "/suggested-replies", outsider)
                        .status())
                .isEqualTo(404);
        long reachable = customerWrites(customer(), "Do you ship to Croatia?", false);
        assertThat(get(API + "/conversations/" + reachable + "/summary", outsider)
                        .status())
                .isEqualTo(200);
        assertThat(get(API + "/conversations/" + reachable + "/suggested-replies", outsider)
                        .status())
                .isEqualTo(200);
        // The customer's past conversation in a queue the agent does not work stays out of the agent's summary (it
        // is out of their reach); a manager, who reaches everything, reads it there.
        String returning = customer();
        long hidden = customerWrites(returning, "Invoice 4417 charges me twice", false);
        assertThat(request("PUT", API + "/conversations/" + hidden + "/queue", supervisor, JSON, """
                        {"queueId": %d}""".formatted(queue))
                        .status())
                .isEqualTo(200);
        solve(hidden);
        TestServer.Reply shut = request("PUT", API + "/conversations/" + hidden + "/status", manager, JSON, """
                {"status": "CLOSED"}""");
        assertThat(shut.status()).as(shut.body()).isEqualTo(200);
        long back = customerWrites(returning, "Hello again, is my refund on its way?", false);
        assertThat(back).isNotEqualTo(hidden);
        TestServer.Reply agentsView = get(API + "/conversations/" + back + "/summary", outsider);
        assertThat(agentsView.status()).as(agentsView.body()).isEqualTo(200);
        assertThat(agentsView.json().getJsonArray("past")).isEmpty();
        assertThat(agentsView.body()).doesNotContain("4417");
        TestServer.Reply managersView = get(API + "/conversations/" + back + "/summary", manager);
        assertThat(managersView.json().getJsonArray("past").toString()).contains("4417");
        assertThat(get(API + "/conversations/" + reachable + "/summary", TestServer.gatewayKey())
                        .status())
                .isEqualTo(403);
        assertThat(get(API + "/companion/reply-index", outsider).status()).isEqualTo(403);
        assertThat(request("POST", API + "/companion/reply-index/rebuild", manager, JSON, "")
                        .status())
                .isEqualTo(403);
        assertThat(get(API + "/conversations/" + reachable + "/summary", null).status())
                .isEqualTo(401);
    }
}
