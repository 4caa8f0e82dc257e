package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Customer satisfaction surveys (issue 18): Solved sends the survey to the channel's gateway after the setting's
 * delay, the public answer is stored once, the minimum interval keeps a second survey away, messaging channels
 * answer by reply, and a workflow on "Survey answer received" runs. The setting is shared: it is switched off again
 * at the end, so no other test's Solved conversation sends a survey.
 */
class SurveysIT {

    private static final String JSON = "application/json";
    private static final Pattern TOKEN = Pattern.compile("survey\\.xhtml\\?token=([A-Za-z0-9._-]+)");

    private static final List<JsonObject> delivered = new CopyOnWriteArrayList<>();
    private static final List<Long> workflows = new ArrayList<>();
    private static HttpServer gateway;
    private static String supervisor;
    private static String gatewayUrl;

    @BeforeAll
    static void setUp() throws IOException {
        supervisor = bearer(createApiKey(unique("survey-admin"), "ACCOUNT_MANAGER"));
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            delivered.add(new TestServer.Reply(200, JSON, null, null, null, body).json());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        gatewayUrl = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/hook";
    }

    @AfterAll
    static void tearDown() {
        if (supervisor != null) {
            settings(false, "PT5M", "P7D", null);
            workflows.forEach(id -> request("DELETE", API + "/workflows/" + id, supervisor, null, null));
        }
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    /**
     * Guide: "Survey is triggered when a conversation status is changed to Solved. Shortly after that, the customer
     * will receive a message over the channel that they used last in their conversation"; "There are two possible
     * answers: happy and not happy"; the minimum interval "starts after one survey has been sent to the customer. A
     * new survey cannot be sent before this period elapses"; and the workflow trigger "Survey feedback received ...
     * With score Happy, Not happy" that, with a follow-up question configured, waits for "both the survey score and
     * the follow-up answer".
     */
    @Test
    void solvedSendsTheSurveyOnceItIsAnsweredOnceAndTheIntervalHolds() throws Exception {
        settings(true, "PT1S", "P7D", "What could we do better?");
        String senderAddress = unique("help") + "@example.com";
        long senderId = sender("EMAIL", senderAddress);
        long workflow = ReachIT.created(request(
                        "POST", API + "/workflows", supervisor, JSON, """
                        {"name": "%s", "triggers": [{"type": "SURVEY_FEEDBACK_RECEIVED", "scores": ["NOT_HAPPY"]}],
                         "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                         "actions": [{"type": "SET_PRIORITY", "priority": "URGENT"}]}""".formatted(unique("unhappy"), senderId)))
                .getInt("id");
        workflows.add(workflow);
        String customer = unique("ana") + "@example.com";
        long first = inbound("EMAIL", customer, senderAddress, "My invoice is wrong");
        solve(first);

        JsonObject survey = awaitDelivery(d -> d.getString("to").equals(customer));
        assertThat(survey.getString("authorKind")).isEqualTo("AUTOMATION");
        Matcher link = TOKEN.matcher(survey.getString("text"));
        assertThat(link.find()).as(survey.getString("text")).isTrue();
        String token = link.group(1);

        // The link is the credential: no sign-in, and a changed token is refused.
        TestServer.Reply questions = request("GET", API + "/survey-answers/" + token, null, null, null);
        assertThat(questions.status()).as(questions.body()).isEqualTo(200);
        assertThat(questions.json().getString("followUpQuestion")).isEqualTo("What could we do better?");
        assertThat(request("GET", API + "/survey-answers/" + token + "x", null, null, null)
                        .status())
                .isEqualTo(401);
        assertField(answer(token, "{\"score\": \"MEH\"}"), "score");

        TestServer.Reply answered = answer(token, "{\"score\": \"NOT_HAPPY\", \"comment\": \"Took three days\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(204);
        assertThat(answer(token, "{\"score\": \"HAPPY\"}").status()).isEqualTo(409);
        assertThat(request("GET", API + "/survey-answers/" + token, null, null, null)
                        .status())
                .isEqualTo(409);

        JsonObject stored =
                get(API + "/conversations/" + first + "/survey", supervisor).json();
        assertThat(stored.getString("score")).isEqualTo("NOT_HAPPY");
        assertThat(stored.getString("comment")).isEqualTo("Took three days");
        assertThat(stored.getString("answerBy")).isEqualTo("LINK");
        assertThat(stored.getString("answeredAt")).isNotBlank();

        JsonObject run = awaitRun(first);
        assertThat(run.getString("trigger")).isEqualTo("SURVEY_FEEDBACK_RECEIVED");
        assertThat(get(API + "/conversations/" + first, supervisor).json().getString("priority"))
                .isEqualTo("URGENT");

        // The same customer's next conversation, Solved within the interval, sends nothing.
        request("PUT", API + "/conversations/" + first + "/status", supervisor, JSON, "{\"status\": \"CLOSED\"}");
        long second = inbound("EMAIL", customer, senderAddress, "And another thing");
        assertThat(second).isNotEqualTo(first);
        int before = delivered.size();
        solve(second);
        Thread.sleep(4000);
        assertThat(delivered.subList(before, delivered.size()))
                .noneMatch(d -> d.getString("to").equals(customer));
        assertThat(get(API + "/conversations/" + second + "/survey", supervisor).status())
                .isEqualTo(404);
    }

    /**
     * Messaging channels answer by replying: "1" happy, "2" not happy; with a follow-up configured, the next reply is
     * the comment. The Solved conversation stays Solved.
     */
    @Test
    void aMessagingCustomerAnswersByReplyAndThenComments() throws Exception {
        settings(true, "PT1S", "P7D", "What could we do better?");
        String line = phone();
        sender("SMS", line);
        String customer = phone();
        long conversation = inbound("SMS", customer, line, "Is my card blocked?");
        solve(conversation);
        JsonObject survey = awaitDelivery(d -> d.getString("to").equals(customer));
        assertThat(survey.getString("text")).contains("Reply 1 for Happy or 2 for Not happy");

        inbound("SMS", customer, line, " 1. ");
        awaitDelivery(
                d -> d.getString("to").equals(customer) && d.getString("text").equals("What could we do better?"));
        JsonObject scored = get(API + "/conversations/" + conversation + "/survey", supervisor)
                .json();
        assertThat(scored.getString("score")).isEqualTo("HAPPY");
        // Nulls are left out of answers: no answeredAt yet, the comment is still to come.
        assertThat(scored.containsKey("answeredAt")).isFalse();

        assertThat(inbound("SMS", customer, line, "Quick and kind")).isEqualTo(conversation);
        JsonObject stored = get(API + "/conversations/" + conversation + "/survey", supervisor)
                .json();
        assertThat(stored.getString("comment")).isEqualTo("Quick and kind");
        assertThat(stored.getString("answeredAt")).isNotBlank();
        assertThat(get(API + "/conversations/" + conversation, supervisor)
                        .json()
                        .getString("status"))
                .isEqualTo("SOLVED");
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndStoreNothing() {
        JsonObject before = get(API + "/surveys", supervisor).json();
        assertField(putSettings("""
                {"enabled": true, "delay": "soon", "minimumInterval": "P7D", "satisfactionQuestion": "Q1",
                 "resolvedQuestion": "Q2", "happyLabel": "Yes", "notHappyLabel": "No"}"""), "delay");
        assertField(putSettings("""
                {"enabled": true, "delay": "PT5S", "minimumInterval": "P400D", "satisfactionQuestion": "Q1",
                 "resolvedQuestion": "Q2", "happyLabel": "Yes", "notHappyLabel": "No"}"""), "minimumInterval");
        assertField(putSettings("""
                {"enabled": true, "delay": "PT5S", "minimumInterval": "P7D", "satisfactionQuestion": " ",
                 "resolvedQuestion": "Q2", "happyLabel": "Yes", "notHappyLabel": "No"}"""), "satisfactionQuestion");
        assertThat(get(API + "/surveys", supervisor).json()).isEqualTo(before);
        String agent = bearer(createApiKey(unique("survey-agent"), "AGENT"));
        assertThat(request("PUT", API + "/surveys", agent, JSON, before.toString())
                        .status())
                .isEqualTo(403);
    }

    private static void settings(boolean enabled, String delay, String interval, String followUp) {
        TestServer.Reply changed = putSettings(
                """
                {"enabled": %s, "delay": "%s", "minimumInterval": "%s",
                 "satisfactionQuestion": "How satisfied are you with how we handled your request?",
                 "resolvedQuestion": "Was your issue resolved?", "happyLabel": "Happy", "notHappyLabel": "Not happy",
                 "followUpQuestion": %s}""".formatted(enabled, delay, interval, followUp == null ? "null" : "\"" + followUp + "\""));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private static TestServer.Reply putSettings(String body) {
        return request("PUT", API + "/surveys", supervisor, JSON, body);
    }

    private static TestServer.Reply answer(String token, String body) {
        return request("POST", API + "/survey-answers/" + token, null, JSON, body);
    }

    private static long sender(String channel, String address) {
        long id = ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "%s", "address": "%s"}""".formatted(channel, address)))
                .getInt("id");
        TestServer.Reply configured =
                request("PUT", API + "/senders/" + id + "/gateway", supervisor, JSON, """
                {"url": "%s"}""".formatted(gatewayUrl));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        return id;
    }

    private static long inbound(String channel, String from, String to, String text) {
        return ReachIT.created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "%s", "from": "%s", "to": "%s", "subject": "Help", "text": "%s"}""".formatted(
                                channel, from, to, text)))
                .getInt("conversationId");
    }

    private static void solve(long conversation) {
        TestServer.Reply solved = request(
                "PUT",
                API + "/conversations/" + conversation + "/status",
                supervisor,
                JSON,
                "{\"status\": \"SOLVED\"}");
        assertThat(solved.status()).as(solved.body()).isEqualTo(200);
    }

    private static JsonObject awaitDelivery(Predicate<JsonObject> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        do {
            for (JsonObject d : delivered) {
                if (wanted.test(d)) {
                    return d;
                }
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("the gateway never got the message; it got " + delivered);
    }

    private static JsonObject awaitRun(long conversation) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        do {
            JsonArray runs = get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                    .jsonArray();
            if (!runs.isEmpty()) {
                return runs.getJsonObject(0);
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no workflow run recorded on conversation " + conversation);
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
