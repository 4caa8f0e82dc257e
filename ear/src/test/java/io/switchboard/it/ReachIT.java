package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.requestWithHeader;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reach of agents, managers and bots over conversations, on every conversation endpoint. Guide, "Users and
 * permissions": "Conversations Agent - Users assigned to this role can handle conversations"; "Conversations Manager -
 * This user can manage conversations regardless to whom they are assigned".
 */
class ReachIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";
    private static String supervisor;
    private static String manager;
    private static String analyst;
    private static String sender;
    private static long queue;
    private static String ana;
    private static long anaId;
    private static String ivo;
    private static long ivoId;
    private static String outsider;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("reach-admin"), "ACCOUNT_MANAGER"));
        manager = bearer(createApiKey(unique("reach-manager"), "MANAGER"));
        analyst = bearer(createApiKey(unique("reach-analyst"), "ANALYTICS_MANAGER"));
        sender = "+44" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(sender)));
        queue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(unique("Reach"))))
                .getInt("id");
        // Ana signs in with her password (a user); Ivo's integration calls with a key bound to him.
        String anaName = unique("ana");
        anaId = agent(anaName, "[" + queue + "]");
        ana = basic(anaName, PASSWORD);
        ivoId = agent(unique("ivo"), "[" + queue + "]");
        ivo = bearer(boundKey(unique("ivo-crm"), ivoId, "AGENT"));
        String outsiderName = unique("out");
        agent(outsiderName, "[]");
        outsider = basic(outsiderName, PASSWORD);
    }

    static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /** A human agent, Busy: new agents start Offline, and Unavailable agents receive no conversations. */
    static long agent(String username, String queueIds) {
        long id = created(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": %s}""".formatted(
                                username, username, PASSWORD, queueIds)))
                .getInt("id");
        AgentStatusesInTests.setStatus(supervisor, id, "BUSY");
        return id;
    }

    static String boundKey(String name, long agentId, String... roles) {
        JsonObject body = Json.createObjectBuilder()
                .add("name", name)
                .add("roles", Json.createArrayBuilder(List.of(roles)))
                .add("agentId", agentId)
                .build();
        return created(request("POST", API + "/api-keys", TestServer.asAdmin(), JSON, body.toString()))
                .getString("token");
    }

    /** A new conversation from a customer, in the Default queue (unassigned). */
    static long inDefaultQueue() {
        return inDefaultQueue(sender);
    }

    /** A new conversation from a customer writing to this sender, in the Default queue (unassigned). */
    static long inDefaultQueue(String sender) {
        String customer = "+3859" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        long id = created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "hello"}""".formatted(customer, sender)))
                .getInt("conversationId");
        return id;
    }

    /** A new conversation waiting, unassigned, in this class's queue (automatic assignment off). */
    static long inQueue() {
        long id = inDefaultQueue();
        assertThat(request("PUT", API + "/conversations/" + id + "/queue", supervisor, JSON, """
                {"queueId": %d}""".formatted(queue))
                        .status())
                .isEqualTo(200);
        return id;
    }

    static void assign(long conversation, long agentId) {
        TestServer.Reply reply = request(
                "PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(agentId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** Every conversation endpoint, as one caller: each status it answered. */
    static List<Integer> everyEndpoint(long id, String caller) {
        String c = API + "/conversations/" + id;
        return List.of(
                get(c, caller).status(),
                get(c + "/messages", caller).status(),
                get(c + "/notes", caller).status(),
                get(c + "/metadata", caller).status(),
                get(c + "/sla", caller).status(),
                get(c + "/routing", caller).status(),
                get(c + "/assignment", caller).status(),
                request("POST", c + "/messages", caller, JSON, """
                        {"text": "not yours"}""").status(),
                request("POST", c + "/notes", caller, JSON, """
                        {"text": "not yours"}""").status(),
                request("PUT", c + "/metadata", caller, JSON, """
                        {"k": "v"}""").status(),
                request("PUT", c + "/priority", caller, JSON, """
                        {"priority": "HIGH"}""").status(),
                request("PUT", c + "/status", caller, JSON, """
                        {"status": "SOLVED"}""").status(),
                request("PUT", c + "/assignee", caller, JSON, """
                        {"agentId": %d}""".formatted(anaId))
                        .status(),
                request("DELETE", c + "/tags/vip", caller, null, null).status(),
                request("PUT", c + "/sla/severity", caller, JSON, """
                        {"severity": "HIGH"}""").status(),
                request("POST", c + "/route", caller, null, null).status());
    }

    @Test
    @DisplayName("Another agent's conversation does not exist for an agent: 404 on every conversation endpoint")
    void anotherAgentsConversationIsOutOfReachEverywhere() {
        long ivos = inQueue();
        assign(ivos, ivoId);

        assertThat(everyEndpoint(ivos, ana)).as("Ana, in the same queue").containsOnly(404);
        assertThat(everyEndpoint(ivos, outsider)).as("an agent of no queue").containsOnly(404);
        assertThat(get(API + "/conversations/" + ivos, ivo).status()).isEqualTo(200);
        // Nothing changed: still Ivo's, untouched.
        JsonObject after = get(API + "/conversations/" + ivos, supervisor).json();
        assertThat(after.getJsonObject("assignee").getJsonNumber("id").longValue())
                .isEqualTo(ivoId);
        assertThat(after.getString("status")).isEqualTo("OPEN");
        assertThat(get(API + "/conversations/" + ivos + "/notes", supervisor).jsonArray())
                .isEmpty();
    }

    @Test
    @DisplayName("An agent handles unassigned conversations of their queues and may take them")
    void unassignedConversationsOfTheirQueuesAreWithinReach() {
        long waiting = inQueue();
        assertThat(get(API + "/conversations/" + waiting, ana).status()).isEqualTo(200);
        assertThat(get(API + "/conversations/" + waiting, outsider).status())
                .as("not in the queue")
                .isEqualTo(404);
        TestServer.Reply taken =
                request("PUT", API + "/conversations/" + waiting + "/assignee", ana, JSON, """
                {"agentId": %d}""".formatted(anaId));
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(request("POST", API + "/conversations/" + waiting + "/messages", ana, JSON, """
                {"text": "Hi, Ana here"}""")
                        .status())
                .isEqualTo(201);
        assertThat(get(API + "/conversations/" + waiting, ivo).status())
                .as("now Ana's: out of Ivo's reach")
                .isEqualTo(404);
    }

    @Test
    @DisplayName("Default queue: 'It is available to all agents and all agents are part of this queue automatically'")
    void unassignedDefaultQueueConversationsAreWithinEveryAgentsReach() {
        long waiting = inDefaultQueue();
        JsonObject seen = get(API + "/conversations/" + waiting, supervisor).json();
        assertThat(seen.containsKey("assignee")).as("precondition: unassigned").isFalse();
        assertThat(get(API + "/conversations/" + waiting, outsider).status()).isEqualTo(200);
        assertThat(get(API + "/conversations/" + waiting, ana).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Lists omit conversations out of reach")
    void listsOmitWhatIsOutOfReach() {
        long waiting = inQueue();
        long ivos = inQueue();
        assign(ivos, ivoId);
        String url = API + "/conversations?queue=" + queue + "&size=100";

        List<Long> anaSees = ids(get(url, ana).json());
        assertThat(anaSees).contains(waiting).doesNotContain(ivos);
        assertThat(get(url, ana).json().getInt("total")).isEqualTo(anaSees.size());
        assertThat(ids(get(url, ivo).json())).contains(waiting, ivos);
        assertThat(ids(get(url, outsider).json())).isEmpty();
        assertThat(ids(get(url, manager).json())).contains(waiting, ivos);
    }

    static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    @DisplayName("Manager: 'can manage conversations regardless to whom they are assigned'")
    void managersReachEveryConversation() {
        long ivos = inQueue();
        assign(ivos, ivoId);
        assertThat(get(API + "/conversations/" + ivos, manager).status()).isEqualTo(200);
        assertThat(request("PUT", API + "/conversations/" + ivos + "/priority", manager, JSON, """
                {"priority": "HIGH"}""")
                        .status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("Analytics Manager: 'Can check analytics and reports': reads any conversation's SLA, changes nothing")
    void analyticsManagersReadButDoNotChange() {
        long ivos = inQueue();
        assign(ivos, ivoId);
        assertThat(get(API + "/conversations/" + ivos + "/sla", analyst).status())
                .isEqualTo(200);
        assertThat(request("PUT", API + "/conversations/" + ivos + "/sla/severity", analyst, JSON, """
                {"severity": "HIGH"}""")
                        .status())
                .isEqualTo(403);
        assertThat(get(API + "/conversations/" + ivos, analyst).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("Bots: 'Conversations are automatically assigned to the Bot': a bot's key reaches what it holds")
    void aBotsKeyReachesTheConversationsItHolds() {
        long bot = created(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "%s", "queueIds": [%d]}""".formatted(unique("Answers"), queue)))
                .getInt("id");
        String botKey = bearer(boundKey(unique("bot-key"), bot, "AGENT"));
        long held = inQueue();
        long waiting = inQueue();
        assign(held, bot);

        assertThat(get(API + "/conversations/" + waiting, botKey).status()).isEqualTo(404);
        assertThat(get(API + "/conversations/" + held, botKey).status()).isEqualTo(200);
        assertThat(ids(get(API + "/conversations?queue=" + queue + "&size=100", botKey)
                        .json()))
                .containsExactly(held);
        TestServer.Reply written = requestWithHeader(
                "POST",
                API + "/conversations/" + held + "/messages",
                botKey,
                JSON,
                """
                {"text": "Hi, I am a bot"}""",
                "x-agent-id",
                String.valueOf(bot));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(written.json().getString("authorKind")).isEqualTo("BOT");
    }
}
