package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.requestWithHeader;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * External bots (issue 19) against a loopback bot receiver (private addresses are allowed in the test domain only):
 * customers' messages reach the webhook with the conversation id, the bot replies with its bound key and
 * x-agent-id, hands over by route or by assignment (and then writes no more: 409), a quiet session times out, and a
 * hidden history stays hidden from the agent who takes over.
 */
class BotsIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long password for bots";

    /** One call the bot's webhook got. */
    record Received(Map<String, String> headers, JsonObject body) {}

    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static final List<Long> agents = new ArrayList<>();
    private static final List<Long> routes = new ArrayList<>();
    private static HttpServer receiver;
    private static String hook;
    private static String supervisor;
    private static String gateway;
    private static long queue;
    private static long human;
    private static String humanUser;

    @BeforeAll
    static void setUp() throws IOException {
        supervisor = bearer(createApiKey(unique("bots-admin"), "ACCOUNT_MANAGER"));
        gateway = TestServer.gatewayKey();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(headers, new TestServer.Reply(200, JSON, null, null, null, body).json()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        queue = ok(request("POST", API + "/queues", supervisor, JSON, """
                        {"name": "%s", "autoAssignment": "ANY_AVAILABLE_AGENT"}""".formatted(unique("Bot handover"))), 201)
                .getJsonNumber("id")
                .longValue();
        humanUser = unique("botsagent");
        human = ok(
                        request("POST", API + "/agents", supervisor, JSON, """
                        {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": [%d]}""".formatted(
                                        unique("Taker"), humanUser, PASSWORD, queue)),
                        201)
                .getJsonNumber("id")
                .longValue();
        agents.add(human);
        // Room enough for whatever waits in the Default queue while they are Available.
        ok(request("PUT", API + "/agents/" + human + "/capacity", supervisor, JSON, """
                {"capacities": {"LIVE_MESSAGING": 1000}}"""), 200);
        AgentStatusesInTests.setStatus(supervisor, human, "BUSY");
    }

    // An agent that stays Available would take other classes' conversations.
    @AfterAll
    static void tearDown() {
        agents.forEach(agent -> AgentStatusesInTests.setStatus(supervisor, agent, "OFFLINE"));
        routes.forEach(route -> request("DELETE", API + "/routes/" + route, supervisor, null, null));
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    @DisplayName("\"All inbound messages received on the defined destination number assigned to an active bot will"
            + " automatically be forwarded to its webhook URL ... with the conversationId\"; the bot writes with"
            + " x-agent-id; the route endpoint \"will remove the bot as an assignee ... the conversation will be assigned"
            + " to the first available agent\" and the bot \"will not be able to send any outbound messages\"")
    void inboundReachesTheBotWhichRepliesAndHandsOverByRoute() throws InterruptedException {
        long sender = sender();
        String line = address(sender);
        routes.add(ok(
                        request("POST", API + "/routes", supervisor, JSON, """
                        {"name": "%s", "queueId": %d, "priority": "NORMAL",
                         "conditions": {"join": "AND", "conditions": [
                            {"attribute": "conversation.to", "operator": "IS", "value": "%d"}]}}""".formatted(
                                        unique("Bot route"), queue, sender)),
                        201)
                .getJsonNumber("id")
                .longValue());
        JsonObject bot = bot(unique("Order bot"), sender, true, null);
        long botId = bot.getJsonNumber("id").longValue();
        assertThat(bot.getString("signingSecret")).isNotBlank();
        String botKey = botKey(botId);

        String customer = phone();
        long conversation = inbound(customer, line, "Where is my order?");
        assertThat(conversation(conversation)
                        .getJsonObject("assignee")
                        .getJsonNumber("id")
                        .longValue())
                .as("Conversations are automatically assigned to the Bot")
                .isEqualTo(botId);
        Received call = awaitCall(conversation, "MESSAGE", 1).get(0);
        assertThat(call.body().getJsonObject("message").getString("text")).isEqualTo("Where is my order?");
        assertThat(call.body().getJsonObject("message").getString("from")).isEqualTo(customer);
        assertThat(call.headers())
                .containsKeys("x-switchboard-signature", "x-switchboard-timestamp", "idempotency-key");

        TestServer.Reply reply = botWrites(conversation, botKey, botId, "Let me look that up");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().getString("authorKind")).isEqualTo("BOT");

        // Intent: the bot tags the conversation; the tag travels with the hand-over.
        String intent = unique("refund");
        ok(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(intent)), 201);
        ok(request("POST", API + "/conversations/" + conversation + "/tags", botKey, JSON, """
                {"tag": "%s"}""".formatted(intent)), 200);

        AgentStatusesInTests.setStatus(supervisor, human, "AVAILABLE");
        try {
            ok(request("POST", API + "/conversations/" + conversation + "/route", botKey, JSON, "{}"), 200);
            JsonObject after = conversation(conversation);
            assertThat(after.getJsonObject("assignee").getJsonNumber("id").longValue())
                    .isEqualTo(human);
            assertThat(after.getJsonObject("queue").getJsonNumber("id").longValue())
                    .isEqualTo(queue);
            assertThat(after.getJsonArray("tags").toString()).contains(intent);
        } finally {
            AgentStatusesInTests.setStatus(supervisor, human, "BUSY");
        }

        TestServer.Reply refused = botWrites(conversation, botKey, botId, "Me again");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        // "all new customer messages are not sent to Bot webhook URL but rather shown to agent only"
        inbound(customer, line, "Thanks, waiting for the agent");
        Thread.sleep(2500);
        assertThat(callsOf(conversation, "MESSAGE")).hasSize(1);
    }

    @Test
    @DisplayName("\"Conversation can also be transferred to the agent by invoking the Change conversation assignment"
            + " endpoint\": the bot receives no more and cannot write")
    void assigningDirectlyHandsOverToo() throws InterruptedException {
        long sender = sender();
        JsonObject bot = bot(unique("Assign bot"), sender, true, null);
        long botId = bot.getJsonNumber("id").longValue();
        String botKey = botKey(botId);
        String customer = phone();
        long conversation = inbound(customer, address(sender), "Hello bot");
        awaitCall(conversation, "MESSAGE", 1);

        ok(
                request("PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(
                                human)),
                200);
        assertThat(botWrites(conversation, botKey, botId, "Still here").status())
                .isEqualTo(409);
        inbound(customer, address(sender), "Hello agent");
        Thread.sleep(2500);
        assertThat(callsOf(conversation, "MESSAGE")).hasSize(1);
    }

    @Test
    @DisplayName("\"the time period in which the bot conversation session will expire if there are no messages"
            + " exchanged by the end user\": closed, and the bot is told")
    void aQuietSessionTimesOut() throws InterruptedException {
        long sender = sender();
        bot(unique("Quick bot"), sender, true, "PT2S");
        long conversation = inbound(phone(), address(sender), "Hi");
        Received expired = awaitCall(conversation, "SESSION_EXPIRED", 1).get(0);
        assertThat(expired.body().getJsonNumber("conversationId").longValue()).isEqualTo(conversation);
        assertThat(conversation(conversation).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    @DisplayName("\"Otherwise, the Agent will not be able to view messages exchanged between the customer and bot\"")
    void aHiddenHistoryStaysHiddenFromTheAgentWhoTakesOver() throws InterruptedException {
        long sender = sender();
        JsonObject bot = bot(unique("Discreet bot"), sender, false, null);
        long botId = bot.getJsonNumber("id").longValue();
        String botKey = botKey(botId);
        String customer = phone();
        long conversation = inbound(customer, address(sender), "My card number is secret");
        awaitCall(conversation, "MESSAGE", 1);
        ok(botWrites(conversation, botKey, botId, "Noted by the bot"), 201);
        ok(
                request("PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(
                                human)),
                200);
        inbound(customer, address(sender), "Now I talk to a person");

        List<String> agentSees =
                texts(get(API + "/conversations/" + conversation + "/messages", basic(humanUser, PASSWORD)));
        assertThat(agentSees).containsExactly("Now I talk to a person");
        List<String> supervisorSees = texts(get(API + "/conversations/" + conversation + "/messages", supervisor));
        assertThat(supervisorSees)
                .containsExactly("My card number is secret", "Noted by the bot", "Now I talk to a person");
    }

    @Test
    void badSetupsAreRefusedNamingTheFieldAndStoreNothing() {
        long sender = sender();
        long before = get(API + "/bots?size=100", supervisor)
                .json()
                .getJsonNumber("total")
                .longValue();
        assertField(post("""
                {"name": " ", "url": "%s", "senderId": %d}""".formatted(hook, sender)), "name");
        assertField(post("""
                {"name": "%s", "url": "ftp://bots.example/hook", "senderId": %d}""".formatted(unique("b"), sender)), "url");
        assertField(post("""
                {"name": "%s", "url": "%s"}""".formatted(unique("b"), hook)), "senderId");
        assertField(post("""
                {"name": "%s", "url": "%s", "senderId": 999999999}""".formatted(unique("b"), hook)), "senderId");
        assertField(post("""
                {"name": "%s", "url": "%s", "senderId": %d, "sessionTimeout": "15 minutes"}""".formatted(unique("b"), hook, sender)), "sessionTimeout");
        String name = unique("Twin bot");
        bot(name, sender, true, null);
        TestServer.Reply twin = post("""
                {"name": "%s", "url": "%s", "senderId": %d}""".formatted(name.toUpperCase(), hook, sender()));
        assertThat(twin.status()).as(twin.body()).isEqualTo(409);
        assertThat(twin.contentType()).startsWith("application/problem+json");
        TestServer.Reply sameSender = post("""
                {"name": "%s", "url": "%s", "senderId": %d}""".formatted(unique("Other"), hook, sender));
        assertThat(sameSender.status()).as(sameSender.body()).isEqualTo(409);
        String agentKey = bearer(createApiKey(unique("bots-agent"), "AGENT"));
        assertThat(request("POST", API + "/bots", agentKey, JSON, """
                        {"name": "%s", "url": "%s", "senderId": %d}""".formatted(unique("b"), hook, sender()))
                        .status())
                .isEqualTo(403);
        assertThat(get(API + "/bots?size=100", supervisor)
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .isEqualTo(before + 1);
        JsonObject found = get(
                        API + "/bots?q=" + name.substring(0, 8).replace(' ', '+') + "&sort=-createdAt", supervisor)
                .json();
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("name"))
                .contains(name);
    }

    private static TestServer.Reply post(String body) {
        return request("POST", API + "/bots", supervisor, JSON, body);
    }

    private static JsonObject bot(String name, long sender, boolean historyVisible, String timeout) {
        return ok(
                post("""
                {"name": "%s", "url": "%s", "senderId": %d, "historyVisible": %s, "active": true%s}""".formatted(
                                name,
                                hook,
                                sender,
                                historyVisible,
                                timeout == null ? "" : ", \"sessionTimeout\": \"" + timeout + "\"")),
                201);
    }

    /** An API key bound to the bot (the trust model: a key acts as one agent). */
    private static String botKey(long botId) {
        return bearer(ok(
                        request("POST", API + "/api-keys", supervisor, JSON, """
                        {"name": "%s", "roles": ["AGENT"], "agentId": %d}""".formatted(unique("bot-key"), botId)),
                        201)
                .getString("token"));
    }

    private static TestServer.Reply botWrites(long conversation, String key, long botId, String text) {
        return requestWithHeader(
                "POST",
                API + "/conversations/" + conversation + "/messages",
                key,
                JSON,
                """
                {"text": "%s"}""".formatted(text),
                "x-agent-id",
                String.valueOf(botId));
    }

    private static long sender() {
        return ok(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(phone())), 201)
                .getJsonNumber("id")
                .longValue();
    }

    private static String address(long sender) {
        return get(API + "/senders/" + sender, supervisor).json().getString("address");
    }

    private static JsonObject conversation(long id) {
        return get(API + "/conversations/" + id, supervisor).json();
    }

    private static List<String> texts(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("text"))
                .toList();
    }

    private static List<Received> callsOf(long conversation, String event) {
        return received.stream()
                .filter(r -> r.body().getJsonNumber("conversationId").longValue() == conversation)
                .filter(r -> event.equals(r.body().getString("event")))
                .toList();
    }

    private static List<Received> awaitCall(long conversation, String event, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (callsOf(conversation, event).size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        List<Received> calls = callsOf(conversation, event);
        assertThat(calls).as(event + " calls for conversation " + conversation).hasSizeGreaterThanOrEqualTo(count);
        return calls;
    }

    private static long inbound(String customer, String to, String text) {
        return ok(request("POST", API + "/messages", gateway, JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(customer, to, text)), 201)
                .getJsonNumber("conversationId")
                .longValue();
    }

    private static JsonObject ok(TestServer.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    private static String phone() {
        return "+387" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
