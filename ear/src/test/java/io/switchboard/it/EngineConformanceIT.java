package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.requestWithHeader;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine as the guide describes it, on the deployed server (strategy minutes last a second there): waiting
 * strategies across queue moves, bots after their handover, manual priorities, tags arriving with messages, the
 * number of SLA severities, video calls, the id people see and the order agents work in.
 */
class EngineConformanceIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String gateway;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("engine-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("engine-gateway"), "GATEWAY", "MANAGER"));
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonObject ok(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static long sender(String channel, String address) {
        return created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "%s", "address": "%s"}""".formatted(channel, address)))
                .getInt("id");
    }

    private static long queueWithoutAutomaticAssignment() {
        return created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(unique("Engine queue"))))
                .getInt("id");
    }

    private static JsonObject inbound(String to, String extra) {
        return created(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "hello"%s}""".formatted(phone(), to, extra)));
    }

    private static long conversationTo(String to) {
        return inbound(to, "").getInt("conversationId");
    }

    private static JsonObject conversation(long id) {
        return ok(get(API + "/conversations/" + id, supervisor));
    }

    private static List<JsonObject> automated(long conversation) {
        return get(API + "/conversations/" + conversation + "/messages", supervisor)
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getString("authorKind").equals("AUTOMATION"))
                .toList();
    }

    private static List<String> texts(List<JsonObject> messages) {
        return messages.stream().map(m -> m.getString("text")).toList();
    }

    private static List<JsonObject> awaitAutomated(
            long conversation, Predicate<List<JsonObject>> condition, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        List<JsonObject> messages = automated(conversation);
        while (!condition.test(messages) && Instant.now().isBefore(end)) {
            pause(Duration.ofMillis(250));
            messages = automated(conversation);
        }
        return messages;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long bot() {
        return created(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "%s"}""".formatted(unique("Engine bot"))))
                .getInt("id");
    }

    private static void assign(long conversation, long agent) {
        ok(request(
                "PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %s}""".formatted(agent)));
    }

    private static TestServer.Reply botWrites(long conversation, long bot, String text) {
        return requestWithHeader(
                "POST",
                API + "/conversations/" + conversation + "/messages",
                gateway,
                JSON,
                """
                {"text": "%s"}""".formatted(text),
                "x-agent-id",
                String.valueOf(bot));
    }

    @Test
    @DisplayName("\"This message is sent only once\": a queue move keeps the running waiting strategy")
    void aMoveBetweenQueuesKeepsTheRunningStrategyAndGreetsOnce() {
        String address = phone();
        long sender = sender("SMS", address);
        created(request("POST", API + "/waiting-strategies", supervisor, JSON, """
                {
                    "senderId": %s,
                    "name": "%s",
                    "welcome": {"enabled": true, "text": "Welcome!"},
                    "announcement": {"enabled": true, "text": "Still here", "everyMinutes": 4, "maxCount": 1}
                }""".formatted(sender, unique("Once"))));
        long conversation = conversationTo(address);
        assertThat(texts(automated(conversation))).containsExactly("Welcome!");

        pause(Duration.ofMillis(1500));
        ok(request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                {"queueId": %s}""".formatted(
                        queueWithoutAutomaticAssignment())));
        assertThat(texts(automated(conversation))).containsExactly("Welcome!");

        List<JsonObject> all = awaitAutomated(conversation, m -> m.size() >= 2, Duration.ofSeconds(10));
        pause(Duration.ofSeconds(2));
        all = automated(conversation);
        assertThat(texts(all)).containsExactly("Welcome!", "Still here");
        // The announcement keeps its time from entering the contact center; a restart would put it 4 s after the move.
        Duration sinceWelcome = Duration.between(
                Instant.parse(all.get(0).getString("createdAt")),
                Instant.parse(all.get(1).getString("createdAt")));
        assertThat(sinceWelcome).isLessThan(Duration.ofMillis(5200));
    }

    @Test
    @DisplayName("\"The bot ... will not be able to send any outbound messages\" after its handover: 409")
    void aBotCannotWriteAfterHandingTheConversationOver() {
        String address = phone();
        sender("SMS", address);
        long bot = bot();
        long conversation = conversationTo(address);
        assign(conversation, bot);
        assertThat(botWrites(conversation, bot, "Let me help").status()).isEqualTo(201);

        ok(request("POST", API + "/conversations/" + conversation + "/route", gateway, JSON, "{}"));
        int before = get(API + "/conversations/" + conversation + "/messages", supervisor)
                .jsonArray()
                .size();
        TestServer.Reply refused = botWrites(conversation, bot, "Me again");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("handed over");
        assertThat(get(API + "/conversations/" + conversation + "/messages", supervisor)
                        .jsonArray())
                .hasSize(before);
    }

    @Test
    @DisplayName("\"Priority can be changed manually ... at any point\": the bot's handover keeps it")
    void aPrioritySetByAPersonSurvivesTheHandoverRoute() {
        String address = phone();
        sender("SMS", address);
        long conversation = conversationTo(address);
        assign(conversation, bot());
        ok(request("PUT", API + "/conversations/" + conversation + "/priority", supervisor, JSON, """
                {"priority": "URGENT"}"""));

        ok(request("POST", API + "/conversations/" + conversation + "/route", gateway, JSON, "{}"));
        assertThat(conversation(conversation).getString("priority")).isEqualTo("URGENT");
    }

    @Test
    @DisplayName("\"Both collected inputs and tags can be used for effective routing\": tags come with the message")
    void tagsArriveWithAnInboundMessageAndWithTheHandoverAndRouteAtOnce() {
        String address = phone();
        long sender = sender("SMS", address);
        String tag = unique("billing");
        created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag)));
        long queue = queueWithoutAutomaticAssignment();
        long route = created(request(
                        "POST", API + "/routes", supervisor, JSON, """
                {
                    "name": "%s",
                    "queueId": %s,
                    "priority": "HIGH",
                    "conditions": {
                        "join": "AND",
                        "conditions": [
                            {"attribute": "conversation.to", "operator": "IS", "value": "%s"},
                            {"attribute": "conversation.tags", "operator": "IN_LIST", "value": "%s"}
                        ]
                    }
                }""".formatted(unique("Tagged"), queue, sender, tag)))
                .getInt("id");
        try {
            JsonObject tagged =
                    conversation(inbound(address, """
                    , "tags": ["%s"]""".formatted(tag)).getInt("conversationId"));
            assertThat(tagged.getJsonObject("queue").getInt("id")).isEqualTo((int) queue);
            assertThat(tagged.getString("priority")).isEqualTo("HIGH");
            assertThat(tagged.getJsonArray("tags").getString(0)).isEqualTo(tag);

            // An unknown tag refuses the message, which stores nothing: the customer's next message opens anew.
            String customer = phone();
            assertField(
                    request("POST", API + "/messages", gateway, JSON, """
                    {"channel": "SMS", "from": "%s", "to": "%s", "text": "hi", "tags": ["%s", "never-defined"]}""".formatted(customer, address, tag)),
                    "tags[1]");
            assertField(request("POST", API + "/messages", gateway, JSON, """
                    {"channel": "SMS", "from": "%s", "to": "%s", "text": "hi", "tags": [""]}""".formatted(customer, address)), "tags[0]");
            assertThat(created(request("POST", API + "/messages", gateway, JSON, """
                            {"channel": "SMS", "from": "%s", "to": "%s", "text": "hi"}""".formatted(customer, address)))
                            .getBoolean("newConversation"))
                    .isTrue();

            // A bot learns the topic and hands over with it.
            long withBot = conversationTo(address);
            assign(withBot, bot());
            assertField(request("POST", API + "/conversations/" + withBot + "/route", gateway, JSON, """
                    {"tags": ["never-defined"]}"""), "tags[0]");
            assertThat(conversation(withBot).getJsonArray("tags")).isEmpty();
            JsonObject decision = ok(
                    request("POST", API + "/conversations/" + withBot + "/route", gateway, JSON, """
                    {"tags": ["%s"]}""".formatted(tag)));
            assertThat(decision.getInt("routeId")).isEqualTo((int) route);
            assertThat(conversation(withBot).getJsonObject("queue").getInt("id"))
                    .isEqualTo((int) queue);
        } finally {
            request("DELETE", API + "/routes/" + route, supervisor, null, null);
        }
    }

    private static String severities(int count) {
        return IntStream.range(0, count).mapToObj(i -> """
                        {"name": "Level %s", "firstResponseMinutes": 5}""".formatted(i)).collect(Collectors.joining(",", "[", "]"));
    }

    private static String policy(long sender, int severities) {
        return """
                {
                    "name": "%s",
                    "enabled": false,
                    "conditions": {
                        "join": "AND",
                        "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%s"}]
                    },
                    "severities": %s
                }""".formatted(unique("Many levels"), sender, severities(severities));
    }

    @Test
    @DisplayName("\"Every SLA can have an unlimited number of severity levels\": far more than 50, up to 1000")
    void aPolicyTakesFarMoreSeveritiesThanFifty() {
        long sender = sender("SMS", phone());
        JsonObject policy = created(request("POST", API + "/sla-policies", supervisor, JSON, policy(sender, 120)));
        assertThat(policy.getJsonArray("severities")).hasSize(120);
        request("DELETE", API + "/sla-policies/" + policy.getInt("id"), supervisor, null, null);

        assertField(request("POST", API + "/sla-policies", supervisor, JSON, policy(sender, 1001)), "severities[1000]");
    }

    @Test
    @DisplayName("\"Voice and Video\": a video sender is a call channel, with the voice waiting strategy")
    void videoIsAChannelBesideVoice() {
        String address = phone();
        long video = sender("VIDEO", address);
        assertField(
                request("POST", API + "/waiting-strategies", supervisor, JSON, """
                {"senderId": %s, "name": "%s", "welcome": {"enabled": true, "text": "Hi"}}""".formatted(video, unique("Video"))),
                "senderId");
        long conversation = created(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "VIDEO", "from": "%s", "to": "%s", "text": "calling"}""".formatted(phone(), address)))
                .getInt("conversationId");
        assertThat(conversation(conversation).getString("channel")).isEqualTo("VIDEO");
    }

    @Test
    @DisplayName("\"The Short ID ... replaces the Conversation ID\" in messages when on; otherwise the id shows")
    void automatedMessagesNameTheConversationByTheIdPeopleSee() {
        boolean before = ok(get(API + "/settings", supervisor)).getBoolean("shortIdEnabled");
        String address = phone();
        long sender = sender("SMS", address);
        created(request("POST", API + "/waiting-strategies", supervisor, JSON, """
                {
                    "senderId": %s,
                    "name": "%s",
                    "welcome": {"enabled": true, "text": "Your case is {conversationId}."}
                }""".formatted(sender, unique("Case"))));
        try {
            ok(request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": true}"""));
            JsonObject on = inbound(address, "");
            assertThat(texts(automated(on.getInt("conversationId"))))
                    .containsExactly(
                            "Your case is " + on.getJsonNumber("shortId").longValue() + ".");

            ok(request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": false}"""));
            JsonObject off = inbound(address, "");
            assertThat(texts(automated(off.getInt("conversationId"))))
                    .containsExactly("Your case is "
                            + off.getJsonNumber("conversationId").longValue() + ".");
        } finally {
            request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": %s}""".formatted(before));
        }
    }

    @Test
    @DisplayName("All Work lists \"those with higher priority ... at the top\", then the longest waiting")
    void conversationsAreListedByPriorityThenLongestWaiting() {
        String address = phone();
        sender("SMS", address);
        long queue = queueWithoutAutomaticAssignment();
        long oldestNormal = conversationTo(address);
        long high = conversationTo(address);
        long urgent = conversationTo(address);
        long newestNormal = conversationTo(address);
        for (long conversation : List.of(oldestNormal, high, urgent, newestNormal)) {
            ok(request(
                    "PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                    {"queueId": %s}""".formatted(queue)));
        }
        ok(request("PUT", API + "/conversations/" + high + "/priority", supervisor, JSON, """
                {"priority": "HIGH"}"""));
        ok(request("PUT", API + "/conversations/" + urgent + "/priority", supervisor, JSON, """
                {"priority": "URGENT"}"""));

        List<Integer> listed = ok(get(API + "/conversations?queue=" + queue, supervisor))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(c -> c.getInt("id"))
                .toList();
        assertThat(listed).containsExactly((int) urgent, (int) high, (int) oldestNormal, (int) newestNormal);
    }
}
