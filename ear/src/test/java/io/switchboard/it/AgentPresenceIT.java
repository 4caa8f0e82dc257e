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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agent statuses, capacity settings, presence and automatic assignment through the REST API. */
class AgentPresenceIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String gateway;
    private static String sender;
    private static final List<Long> AGENTS = new ArrayList<>();

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("presence-admin"), "ACCOUNT_MANAGER", "AGENT"));
        gateway = bearer(createApiKey(unique("presence-gateway"), "GATEWAY", "MANAGER"));
        sender = phone();
        assertThat(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Presence line"}""".formatted(sender))
                        .status())
                .isEqualTo(201);
    }

    @AfterAll
    static void offline() {
        for (Long agent : AGENTS) {
            request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                    {"statusId": %s}""".formatted(statusId("OFFLINE")));
        }
    }

    private static String phone() {
        return "+386" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private static JsonObject ok(TestServer.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    private static long statusId(String code) {
        return get(API + "/agent-statuses", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> code.equals(s.getString("systemCode", null)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static long agent(String queueIds) {
        JsonObject agent = ok(
                request("POST", API + "/agents", supervisor, JSON, """
                {
                    "kind": "HUMAN",
                    "name": "%s",
                    "username": "%s",
                    "password": "a long enough password",
                    "queueIds": [%s]
                }""".formatted(
                                unique("Presence"), unique("presence"), queueIds)),
                201);
        AGENTS.add(agent.getJsonNumber("id").longValue());
        return agent.getJsonNumber("id").longValue();
    }

    @Test
    void listsTheDefaultStatusesAndManagesCustomOnes() {
        List<JsonObject> statuses =
                get(API + "/agent-statuses", supervisor).jsonArray().getValuesAs(JsonObject.class);
        assertThat(statuses)
                .extracting(s -> s.getString("name"))
                .contains("Available", "Full capacity", "Busy", "Away", "Offline");

        String name = unique("Lunch");
        JsonObject lunch = ok(request("POST", API + "/agent-statuses", supervisor, JSON, """
                {"name": "%s", "group": "AWAY"}""".formatted(name)), 201);
        assertThat(lunch.getString("group")).isEqualTo("AWAY");
        assertThat(lunch.getBoolean("defaultStatus")).isFalse();
        long id = lunch.getJsonNumber("id").longValue();
        assertThat(ok(request("PUT", API + "/agent-statuses/" + id, supervisor, JSON, """
                {"name": "%s!", "group": "BUSY"}""".formatted(name)), 200)
                        .getString("group"))
                .isEqualTo("BUSY");

        assertField(request("POST", API + "/agent-statuses", supervisor, JSON, """
                {"name": "Nap", "group": "SLEEPING"}"""), "group");
        assertThat(request("POST", API + "/agent-statuses", supervisor, JSON, """
                {"name": "Available", "group": "AWAY"}""")
                        .status())
                .isEqualTo(409);
        assertThat(request("DELETE", API + "/agent-statuses/" + statusId("BUSY"), supervisor, JSON, null)
                        .status())
                .isEqualTo(409);

        long agent = agent("");
        ok(request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                {"statusId": %s}""".formatted(id)), 200);
        assertThat(request("DELETE", API + "/agent-statuses/" + id, supervisor, JSON, null)
                        .status())
                .isEqualTo(409);
        ok(
                request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                {"statusId": %s}""".formatted(
                                statusId("OFFLINE"))),
                200);
        assertThat(request("DELETE", API + "/agent-statuses/" + id, supervisor, JSON, null)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void setsCapacitiesAndTheStatusesThatOccupyAgents() {
        JsonObject defaults = get(API + "/capacity", supervisor).json();
        assertThat(defaults.getInt("LIVE_MESSAGING")).isPositive();
        assertField(request("PUT", API + "/capacity", supervisor, JSON, """
                {"capacities": {"VOICE": 2}}"""), "capacities.VOICE");
        assertField(request("PUT", API + "/capacity", supervisor, JSON, """
                {"capacities": {"EMAIL": -1}}"""), "capacities.EMAIL");
        assertField(request("PUT", API + "/capacity", supervisor, JSON, """
                {"capacities": {"FAX": 1}}"""), "capacities.FAX");
        assertThat(ok(request("PUT", API + "/capacity", supervisor, JSON, """
                {"capacities": {"EMAIL": %s}}""".formatted(defaults.getInt("EMAIL"))), 200)
                        .getInt("EMAIL"))
                .isEqualTo(defaults.getInt("EMAIL"));

        long agent = agent("");
        JsonObject own = ok(request("PUT", API + "/agents/" + agent + "/capacity", supervisor, JSON, """
                {"capacities": {"LIVE_CHAT": 7, "EMAIL": null}}"""), 200);
        assertThat(own.getInt("LIVE_CHAT")).isEqualTo(7);
        assertThat(own.isNull("EMAIL")).isTrue();
        JsonObject status =
                get(API + "/agents/" + agent + "/status", supervisor).json();
        assertThat(status.getJsonObject("load").getJsonObject("LIVE_CHAT").getInt("capacity"))
                .isEqualTo(7);
        assertThat(status.getJsonObject("load").getJsonObject("VOICE").getInt("capacity"))
                .isEqualTo(1);
        assertThat(status.getJsonObject("status").getString("systemCode")).isEqualTo("OFFLINE");

        JsonObject excluded = ok(request("PUT", API + "/capacity/occupying-statuses", supervisor, JSON, """
                {"waiting": false, "solved": true}"""), 200);
        assertThat(excluded.getBoolean("open")).isTrue();
        assertThat(excluded.getBoolean("waiting")).isFalse();
        assertField(request("PUT", API + "/capacity/occupying-statuses", supervisor, JSON, """
                {"solved": true}"""), "waiting");
        JsonObject reset = ok(request("DELETE", API + "/capacity/occupying-statuses", supervisor, JSON, null), 200);
        assertThat(reset.getBoolean("waiting")).isTrue();
        assertThat(reset.getBoolean("solved")).isTrue();
    }

    @Test
    void recordsActivityAndCallState() {
        long agent = agent("");
        assertThat(request("POST", API + "/agents/" + agent + "/heartbeat", supervisor, JSON, null)
                        .status())
                .isEqualTo(204);
        JsonObject ringing = ok(request("PUT", API + "/agents/" + agent + "/call-state", supervisor, JSON, """
                {"voiceState": "IN_CALL", "wrapUpSeconds": 45}"""), 200);
        assertThat(ringing.getString("voiceState")).isEqualTo("IN_CALL");
        assertThat(ringing.getInt("wrapUpSeconds")).isEqualTo(45);
        assertThat(ringing.getJsonObject("load").getJsonObject("VOICE").getInt("occupancy"))
                .isEqualTo(1);
        JsonObject wrapping = ok(request("PUT", API + "/agents/" + agent + "/call-state", supervisor, JSON, """
                {"voiceState": "WRAPPING"}"""), 200);
        assertThat(wrapping.getJsonObject("load").getJsonObject("VOICE").getInt("occupancy"))
                .isZero();
        assertField(request("PUT", API + "/agents/" + agent + "/call-state", supervisor, JSON, """
                {"voiceState": "SINGING"}"""), "voiceState");
        assertField(request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, "{}"), "statusId");
        assertThat(request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                {"statusId": 999999}""")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void assignsOnQueueChangeAndNeverToThePreviousAssigneeAgain() {
        JsonObject queue =
                ok(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(unique("Assigning"))), 201);
        assertThat(queue.getString("autoAssignment")).isEqualTo("ANY_AVAILABLE_AGENT");
        long queueId = queue.getJsonNumber("id").longValue();
        long agent = agent(String.valueOf(queueId));
        ok(
                request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                {"statusId": %s}""".formatted(
                                statusId("AVAILABLE"))),
                200);

        JsonObject intake = ok(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Hi"}""".formatted(phone(), sender)), 201);
        long conversation = intake.getJsonNumber("conversationId").longValue();
        JsonObject moved = ok(
                request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                {"queueId": %s}""".formatted(
                                queueId)),
                200);
        assertThat(moved.getJsonObject("assignee").getJsonNumber("id").longValue())
                .isEqualTo(agent);

        JsonObject decision = get(API + "/conversations/" + conversation + "/assignment", supervisor)
                .jsonArray()
                .getJsonObject(0);
        assertThat(decision.getString("trigger")).isEqualTo("QUEUE_CHANGE");
        assertThat(decision.getString("method")).isEqualTo("WEIGHT_SUM");
        JsonObject candidate = decision.getJsonArray("candidates").getJsonObject(0);
        assertThat(candidate.getJsonNumber("agentId").longValue()).isEqualTo(agent);
        assertThat(candidate.getBoolean("chosen")).isTrue();
        assertThat(candidate.getJsonNumber("score").doubleValue()).isEqualTo(1.0);

        List<JsonObject> live = get(API + "/queues/" + queueId + "/workload", supervisor)
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(live).hasSize(1);
        assertThat(live.get(0).getString("liveMessaging")).startsWith("1/");
        assertThat(live.get(0).getString("status")).isEqualTo("Available");

        JsonObject unassigned =
                ok(request("PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": null}"""), 200);
        assertThat(unassigned.containsKey("assignee")).isFalse();
        JsonObject second = get(API + "/conversations/" + conversation + "/assignment", supervisor)
                .jsonArray()
                .getJsonObject(0);
        assertThat(second.getString("trigger")).isEqualTo("UNASSIGNED");
        assertThat(second.getString("method")).isEqualTo("NONE");

        assertThat(get(API + "/conversations/999999999/assignment", supervisor).status())
                .isEqualTo(404);
    }

    @Test
    void aLargerDefaultCapacityGivesWaitingConversationsToAgentsWhoUseIt() throws InterruptedException {
        int before = get(API + "/capacity", supervisor).json().getInt("LIVE_MESSAGING");
        long queueId = ok(
                        request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(unique("Default capacity"))),
                        201)
                .getJsonNumber("id")
                .longValue();
        long agent = agent(String.valueOf(queueId));
        try {
            ok(request("PUT", API + "/capacity", supervisor, JSON, """
                    {"capacities": {"LIVE_MESSAGING": 1}}"""), 200);
            ok(
                    request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                    {"statusId": %s}""".formatted(
                                    statusId("AVAILABLE"))),
                    200);
            long first = conversationIn(queueId);
            long second = conversationIn(queueId);
            assertThat(get(API + "/conversations/" + first, supervisor)
                            .json()
                            .getJsonObject("assignee")
                            .getJsonNumber("id")
                            .longValue())
                    .isEqualTo(agent);
            assertThat(get(API + "/conversations/" + second, supervisor).json().containsKey("assignee"))
                    .isFalse();
            assertThat(get(API + "/agents/" + agent + "/status", supervisor)
                            .json()
                            .getJsonObject("status")
                            .getString("name"))
                    .isEqualTo("Full capacity");

            // Bulk assignment runs after the change committed, on its own thread: wait for it.
            ok(request("PUT", API + "/capacity", supervisor, JSON, """
                    {"capacities": {"LIVE_MESSAGING": 3}}"""), 200);
            JsonObject assigned =
                    get(API + "/conversations/" + second, supervisor).json();
            for (int i = 0; i < 100 && !assigned.containsKey("assignee"); i++) {
                Thread.sleep(100);
                assigned = get(API + "/conversations/" + second, supervisor).json();
            }
            assertThat(assigned.getJsonObject("assignee").getJsonNumber("id").longValue())
                    .isEqualTo(agent);
            assertThat(get(API + "/agents/" + agent + "/status", supervisor)
                            .json()
                            .getJsonObject("status")
                            .getString("name"))
                    .isEqualTo("Available");
        } finally {
            ok(request("PUT", API + "/capacity", supervisor, JSON, """
                    {"capacities": {"LIVE_MESSAGING": %s}}""".formatted(before)), 200);
        }
    }

    // A new customer's conversation, moved to the queue (which assigns it when an agent has room).
    private static long conversationIn(long queueId) {
        long conversation = ok(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Hello"}""".formatted(phone(), sender)), 201)
                .getJsonNumber("conversationId")
                .longValue();
        ok(
                request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                {"queueId": %s}""".formatted(
                                queueId)),
                200);
        return conversation;
    }
}
