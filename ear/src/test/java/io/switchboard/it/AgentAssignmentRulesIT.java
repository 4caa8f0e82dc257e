package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The guide's rules on agent statuses, capacity and assignment through the REST API: who may receive a conversation,
 * Full capacity and the way back, calls beside chats, activity, wrap-up, the sticky agent.
 */
class AgentAssignmentRulesIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";
    private static String supervisor;
    private static String gateway;
    private static String sender;
    private static final List<Long> AGENTS = new ArrayList<>();

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("rules-admin"), "ACCOUNT_MANAGER", "AGENT"));
        gateway = bearer(createApiKey(unique("rules-gateway"), "GATEWAY"));
        sender = createSender("SMS");
    }

    // Agents that stay Available would take other classes' conversations.
    @AfterAll
    static void offline() {
        AGENTS.forEach(agent -> AgentStatusesInTests.setStatus(supervisor, agent, "OFFLINE"));
    }

    private static String phone() {
        return "+386" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private static String createSender(String channel) {
        return createSenderView(channel).getString("address");
    }

    private static JsonObject createSenderView(String channel) {
        return ok(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "%s", "address": "%s", "name": "Rules line"}""".formatted(channel, phone())), 201);
    }

    private static JsonObject ok(TestServer.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    private record Human(long id, String username) {
        String auth() {
            return basic(username, PASSWORD);
        }
    }

    private static Human agent(String queueIds) {
        String username = unique("rules");
        long id = ok(
                        request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": [%s]}""".formatted(
                                        unique("Rules"), username, PASSWORD, queueIds)),
                        201)
                .getJsonNumber("id")
                .longValue();
        AGENTS.add(id);
        return new Human(id, username);
    }

    private static void capacities(long agent, String capacities) {
        ok(request("PUT", API + "/agents/" + agent + "/capacity", supervisor, JSON, """
                {"capacities": %s}""".formatted(capacities)), 200);
    }

    private static long queue(String autoAssignment) {
        return ok(
                        request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "%s"}""".formatted(
                                        unique("Rules queue"), autoAssignment)),
                        201)
                .getJsonNumber("id")
                .longValue();
    }

    private static long conversation(String channel, String from, String to) {
        return ok(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "%s", "from": "%s", "to": "%s", "text": "Hello"}""".formatted(channel, from, to)), 201)
                .getJsonNumber("conversationId")
                .longValue();
    }

    private static long conversation() {
        return conversation("SMS", phone(), sender);
    }

    private static TestServer.Reply assign(long conversation, long agent) {
        return request(
                "PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %s}""".formatted(agent));
    }

    private static void close(long conversation) {
        ok(request("PUT", API + "/conversations/" + conversation + "/status", supervisor, JSON, """
                {"status": "CLOSED"}"""), 200);
    }

    private static JsonObject presence(long agent) {
        return get(API + "/agents/" + agent + "/status", supervisor).json();
    }

    private static String statusName(long agent) {
        return presence(agent).getJsonObject("status").getString("name");
    }

    private static Long assignee(long conversation) {
        JsonObject view =
                get(API + "/conversations/" + conversation, supervisor).json();
        return view.containsKey("assignee")
                ? view.getJsonObject("assignee").getJsonNumber("id").longValue()
                : null;
    }

    // Work after a commit (bulk assignment, deadlines) runs on other threads: poll for its outcome.
    private static JsonObject awaitPresence(long agent, Predicate<JsonObject> done, Duration within)
            throws InterruptedException {
        Instant end = Instant.now().plus(within);
        JsonObject state = presence(agent);
        while (!done.test(state) && Instant.now().isBefore(end)) {
            Thread.sleep(100);
            state = presence(agent);
        }
        return state;
    }

    @Test
    @DisplayName("\"Unavailable - Agents are not signed in and cannot receive any conversations\"; Busy and Away can"
            + " \"receive transferred conversations\"")
    void unavailableAgentsReceiveNothingBusyAndAwayReceiveTransfers() {
        Human agent = agent("");
        long conversation = conversation();
        Long before = assignee(conversation);

        // New agents are Offline (Unavailable group).
        TestServer.Reply refused = assign(conversation, agent.id());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("Offline");
        assertThat(assignee(conversation)).isEqualTo(before);

        AgentStatusesInTests.setStatus(supervisor, agent.id(), "AWAY");
        assertThat(assign(conversation, agent.id()).status()).isEqualTo(200);
        assertThat(assignee(conversation)).isEqualTo(agent.id());

        long second = conversation();
        AgentStatusesInTests.setStatus(supervisor, agent.id(), "BUSY");
        assertThat(assign(second, agent.id()).status()).isEqualTo(200);
        assertThat(assignee(second)).isEqualTo(agent.id());
    }

    @Test
    @DisplayName("\"If the agent is not assigned to the new queue, they are unassigned\": an assignee works in the"
            + " conversation's queue, so direct assignment stays within it")
    void directAssignmentStaysWithinTheConversationsQueue() {
        Human outsider = agent("");
        AgentStatusesInTests.setStatus(supervisor, outsider.id(), "BUSY");
        long conversation = conversation();
        // "All agents have access to conversations in the default queue".
        assertThat(assign(conversation, outsider.id()).status()).isEqualTo(200);

        long queue = queue("OFF");
        ok(
                request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                {"queueId": %s}""".formatted(
                                queue)),
                200);
        assertThat(assignee(conversation)).isNull();
        TestServer.Reply refused = assign(conversation, outsider.id());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("does not work in queue");
    }

    @Test
    @DisplayName("Full Capacity from any Available-group status, and back \"when their current workload drops below"
            + " their maximum capacity\" to the status they had")
    void fullCapacityFromACustomAvailableStatusAndBackBelowTheMaximum() throws InterruptedException {
        long ready = ok(request("POST", API + "/agent-statuses", supervisor, JSON, """
                {"name": "%s", "group": "AVAILABLE"}""".formatted(unique("Ready"))), 201)
                .getJsonNumber("id")
                .longValue();
        Human agent = agent("");
        // Ten live messages fill the agent; no chats or emails reach them meanwhile.
        capacities(agent.id(), """
                {"LIVE_MESSAGING": 10, "LIVE_CHAT": 0, "EMAIL": 0}""");
        AgentStatusesInTests.setStatus(supervisor, agent.id(), "BUSY");
        List<Long> conversations = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long conversation = conversation();
            ok(assign(conversation, agent.id()), 200);
            conversations.add(conversation);
        }
        // 10 of 10 (100%): asking for a custom Available status gives Full capacity.
        JsonObject full = ok(
                request("PUT", API + "/agents/" + agent.id() + "/status", supervisor, JSON, """
                {"statusId": %s}""".formatted(ready)), 200);
        assertThat(full.getJsonObject("status").getString("systemCode", "custom"))
                .isEqualTo("FULL_CAPACITY");

        // 9 of 10 (90%) is below the maximum: back to the custom status, not to Available.
        close(conversations.get(0));
        JsonObject back = awaitPresence(
                agent.id(),
                p -> p.getJsonObject("status").getJsonNumber("id").longValue() == ready,
                Duration.ofSeconds(10));
        assertThat(back.getJsonObject("status").getJsonNumber("id").longValue()).isEqualTo(ready);
        assertThat(back.getJsonNumber("combinedPercent").doubleValue()).isEqualTo(90.0);

        // A direct assignment is an assignment: 100% again, Full capacity from the custom status.
        long more = conversation();
        ok(assign(more, agent.id()), 200);
        assertThat(presence(agent.id()).getJsonObject("status").getString("systemCode", "custom"))
                .isEqualTo("FULL_CAPACITY");
        close(conversations.get(1));
        close(conversations.get(2));
        assertThat(awaitPresence(
                                agent.id(),
                                p -> p.getJsonObject("status")
                                                .getJsonNumber("id")
                                                .longValue()
                                        == ready,
                                Duration.ofSeconds(10))
                        .getJsonObject("status")
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(ready);
    }

    @Test
    @DisplayName("\"For voice calls - capacity is always one\": an agent at Full capacity on chats still takes a call")
    void anAgentFullOnChatsStillTakesACall() throws InterruptedException {
        long queue = queue("ANY_AVAILABLE_AGENT");
        Human agent = agent(String.valueOf(queue));
        capacities(agent.id(), """
                {"LIVE_MESSAGING": 1, "LIVE_CHAT": 0, "EMAIL": 0}""");
        AgentStatusesInTests.setStatus(supervisor, agent.id(), "BUSY");
        ok(assign(conversation(), agent.id()), 200);
        AgentStatusesInTests.setStatus(supervisor, agent.id(), "AVAILABLE");
        assertThat(presence(agent.id()).getJsonObject("status").getString("systemCode", "custom"))
                .isEqualTo("FULL_CAPACITY");

        long call = conversation("VOICE", phone(), createSender("VOICE"));
        ok(request("PUT", API + "/conversations/" + call + "/queue", supervisor, JSON, """
                {"queueId": %s}""".formatted(queue)), 200);
        assertThat(assignee(call)).isEqualTo(agent.id());
        assertThat(presence(agent.id()).getString("voiceState")).isEqualTo("RINGING");
    }

    @Test
    @DisplayName("A reply is the agent's activity: the inactivity sweep only signs out agents without any")
    void aReplyIsActivity() throws InterruptedException {
        Human agent = agent("");
        AgentStatusesInTests.setStatus(supervisor, agent.id(), "BUSY");
        long conversation = conversation();
        ok(assign(conversation, agent.id()), 200);
        Instant before = Instant.parse(presence(agent.id()).getString("lastActivityAt"));
        Thread.sleep(20);
        ok(request("POST", API + "/conversations/" + conversation + "/messages", agent.auth(), JSON, """
                {"text": "Happy to help"}"""), 201);
        assertThat(Instant.parse(presence(agent.id()).getString("lastActivityAt")))
                .isAfter(before);
    }

    @Test
    @DisplayName("Wrapping ends at its time: \"the agent has additional time\" after the call, not up to a minute more")
    void wrapUpEndsAtItsTime() throws InterruptedException {
        Human agent = agent("");
        ok(request("PUT", API + "/agents/" + agent.id() + "/call-state", supervisor, JSON, """
                {"voiceState": "IN_CALL", "wrapUpSeconds": 2}"""), 200);
        Instant wrapping = Instant.now();
        assertThat(ok(request("PUT", API + "/agents/" + agent.id() + "/call-state", supervisor, JSON, """
                {"voiceState": "WRAPPING"}"""), 200)
                        .getString("voiceState"))
                .isEqualTo("WRAPPING");
        JsonObject idle =
                awaitPresence(agent.id(), p -> p.getString("voiceState").equals("IDLE"), Duration.ofSeconds(10));
        assertThat(idle.getString("voiceState")).isEqualTo("IDLE");
        assertThat(Duration.between(wrapping, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    @DisplayName("\"Waiting time is the time marked from the last conversation assignment\": a direct one too")
    void aDirectAssignmentIsAnAssignment() throws InterruptedException {
        Human agent = agent("");
        AgentStatusesInTests.setStatus(supervisor, agent.id(), "BUSY");
        Instant before = Instant.parse(presence(agent.id()).getString("lastAssignedAt"));
        Thread.sleep(20);
        ok(assign(conversation(), agent.id()), 200);
        assertThat(Instant.parse(presence(agent.id()).getString("lastAssignedAt")))
                .isAfter(before);
    }

    @Test
    @DisplayName("\"Assign conversations to the agent who last interacted with the customer\": who replied, not who"
            + " was assigned last")
    void theStickyAgentIsTheOneWhoRepliedLast() {
        long queue = queue("LAST_AGENT_30_DAYS");
        JsonObject lineSender = createSenderView("SMS");
        String line = lineSender.getString("address");
        long route = ok(
                        request("POST", API + "/routes", supervisor, JSON, """
                {"name": "%s", "queueId": %s, "priority": "NORMAL",
                 "conditions": {"join": "AND", "conditions": [
                    {"attribute": "conversation.to", "operator": "IS", "value": "%s"}]}}""".formatted(
                                        unique("Rules route"),
                                        queue,
                                        lineSender.getJsonNumber("id").longValue())),
                        201)
                .getJsonNumber("id")
                .longValue();
        try {
            Human replied = agent(String.valueOf(queue));
            Human assignedLast = agent(String.valueOf(queue));
            for (Human agent : List.of(replied, assignedLast)) {
                // Room enough for whatever waits in the Default queue when they become available.
                capacities(agent.id(), """
                        {"LIVE_MESSAGING": 1000}""");
                AgentStatusesInTests.setStatus(supervisor, agent.id(), "BUSY");
            }
            String customer = phone();
            long first = conversation("SMS", customer, line);
            ok(assign(first, replied.id()), 200);
            ok(request("POST", API + "/conversations/" + first + "/messages", replied.auth(), JSON, """
                    {"text": "Let me check"}"""), 201);
            ok(assign(first, assignedLast.id()), 200);
            close(first);

            AgentStatusesInTests.setStatus(supervisor, replied.id(), "AVAILABLE");
            AgentStatusesInTests.setStatus(supervisor, assignedLast.id(), "AVAILABLE");
            long second = conversation("SMS", customer, line);
            assertThat(assignee(second)).isEqualTo(replied.id());
            JsonObject decision = get(API + "/conversations/" + second + "/assignment", supervisor)
                    .jsonArray()
                    .getJsonObject(0);
            assertThat(decision.getString("method")).isEqualTo("STICKY_AGENT");
        } finally {
            request("DELETE", API + "/routes/" + route, supervisor, null, null);
        }
    }
}
