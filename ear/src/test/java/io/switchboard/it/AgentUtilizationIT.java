package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
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

/**
 * Agent utilization in the Conversations report (issue 18, "agent utilization (time per status group, occupancy) and
 * handled conversations"): an agent's statuses are changed through the API, and the report counts the seconds in the
 * status groups they were in; a conversation assigned to a signed-in agent makes them occupied. Wall-clock seconds,
 * so the bounds are generous. Every agent made here ends Offline.
 */
class AgentUtilizationIT {

    private static final String JSON = "application/json";
    private static final List<Long> AGENTS = new ArrayList<>();
    private static String supervisor;
    private static String analytics;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("util-sup"), "ACCOUNT_MANAGER"));
        analytics = bearer(createApiKey(unique("util-ana"), "ANALYTICS_MANAGER"));
    }

    @AfterAll
    static void everyAgentOffline() {
        AGENTS.forEach(agent -> AgentStatusesInTests.setStatus(supervisor, agent, "OFFLINE"));
    }

    @Test
    void theSecondsInEachStatusLandInItsGroup() throws InterruptedException {
        long agent = agent();
        AgentStatusesInTests.setStatus(supervisor, agent, "BUSY");
        Thread.sleep(4_000);
        AgentStatusesInTests.setStatus(supervisor, agent, "AWAY");
        Thread.sleep(3_000);
        AgentStatusesInTests.setStatus(supervisor, agent, "AVAILABLE");
        Thread.sleep(2_000);
        AgentStatusesInTests.setStatus(supervisor, agent, "OFFLINE");

        JsonObject row = row(agent, "");
        // Each at least its sleep less a second of rounding; the upper bounds leave room for slow status requests
        // on a busy machine (each period also holds the request that ends it).
        assertThat(row.getJsonNumber("busySeconds").longValue()).isBetween(3L, 15L);
        assertThat(row.getJsonNumber("awaySeconds").longValue()).isBetween(2L, 14L);
        assertThat(row.getJsonNumber("availableSeconds").longValue()).isBetween(1L, 13L);
        assertThat(row.getJsonNumber("signedInSeconds").longValue())
                .isEqualTo(row.getJsonNumber("busySeconds").longValue()
                        + row.getJsonNumber("awaySeconds").longValue()
                        + row.getJsonNumber("availableSeconds").longValue());
        // Offline before Busy, and Offline now: counted up to now.
        assertThat(row.getJsonNumber("unavailableSeconds").longValue()).isBetween(0L, 60L);
        assertThat(row.getString("statusGroup")).isEqualTo("UNAVAILABLE");
        // Signed in, so an occupancy (nothing was assigned to them, unless their two Available seconds took a
        // conversation waiting in the Default queue at the minute's check).
        assertThat(row.getJsonNumber("occupiedSeconds").longValue())
                .isLessThanOrEqualTo(row.getJsonNumber("availableSeconds").longValue());
        assertThat(row.getJsonNumber("occupancyPercent").doubleValue()).isBetween(0.0, 100.0);

        // An agent's time is theirs: a channel filter that matches none of their conversations leaves it as it is.
        JsonObject narrowed = row(agent, "&channel=EMAIL");
        assertThat(narrowed.getJsonNumber("busySeconds").longValue())
                .isEqualTo(row.getJsonNumber("busySeconds").longValue());

        // Yesterday and before: no time at all.
        String yesterday = java.time.LocalDate.parse(ok(get(API + "/reports/conversations", analytics))
                        .json()
                        .getString("to"))
                .minusDays(1)
                .toString();
        JsonObject before = row(agent, "&from=" + yesterday + "&to=" + yesterday);
        assertThat(before.getJsonNumber("signedInSeconds").longValue()).isZero();
        // No signed-in time, no occupancy: the answer leaves the figure out (JSON-B omits nulls).
        assertThat(!before.containsKey("occupancyPercent") || before.isNull("occupancyPercent"))
                .isTrue();

        TestServer.Reply csv = ok(get(API + "/reports/conversations/agents.csv", analytics));
        assertThat(csv.body())
                .startsWith("agent_id,agent,handled,available_s,busy_s,away_s,unavailable_s,signed_in_s,occupied_s,"
                        + "occupancy_percent,status_group_now,status_since")
                .contains("\r\n" + agent + ",");
    }

    @Test
    void aConversationAssignedToASignedInAgentOccupiesThem() throws InterruptedException {
        long agent = agent();
        AgentStatusesInTests.setStatus(supervisor, agent, "BUSY");
        String sender = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Utilization line"}""".formatted(sender)));
        long conversation = created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "+3859%08d", "to": "%s", "text": "Hello"}""".formatted(
                                ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999), sender)))
                .getJsonNumber("conversationId")
                .longValue();
        ok(request(
                "PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %s}""".formatted(agent)));
        // Occupancy is checked each minute: wait for the check, at most two minutes.
        JsonObject row = row(agent, "");
        long deadline = System.currentTimeMillis() + 130_000;
        while (row.getJsonNumber("occupiedSeconds").longValue() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5_000);
            row = row(agent, "");
        }
        assertThat(row.getJsonNumber("occupiedSeconds").longValue()).isPositive();
        assertThat(row.getJsonNumber("occupiedSeconds").longValue())
                .isLessThanOrEqualTo(row.getJsonNumber("signedInSeconds").longValue());
        assertThat(row.getJsonNumber("occupancyPercent").doubleValue()).isBetween(0.1, 100.0);
        ok(request("PUT", API + "/conversations/" + conversation + "/status", supervisor, JSON, """
                {"status": "CLOSED"}"""));
        AgentStatusesInTests.setStatus(supervisor, agent, "OFFLINE");
    }

    @Test
    void aDisabledAgentIsSignedOutAndTheirHistorySaysSo() throws InterruptedException {
        long agent = agent();
        AgentStatusesInTests.setStatus(supervisor, agent, "BUSY");
        Thread.sleep(2_000);
        // "When disabled, the agent will not be able to handle conversations."
        ok(request("PUT", API + "/agents/" + agent, supervisor, JSON, """
                {"name": "%s", "enabled": false, "queueIds": []}""".formatted(unique("Disabled utilization"))));
        JsonObject row = row(agent, "");
        assertThat(row.getString("statusGroup")).isEqualTo("UNAVAILABLE");
        long busy = row.getJsonNumber("busySeconds").longValue();
        assertThat(busy).isBetween(1L, 6L);
        Thread.sleep(2_000);
        assertThat(row(agent, "").getJsonNumber("busySeconds").longValue())
                .as("Busy time stopped at the disabling")
                .isEqualTo(busy);
    }

    private static JsonObject row(long agent, String query) {
        return ok(get(API + "/reports/conversations" + (query.isEmpty() ? "" : "?" + query.substring(1)), analytics))
                .json()
                .getJsonArray("agents")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getJsonNumber("agentId").longValue() == agent)
                .findFirst()
                .orElseThrow();
    }

    private static long agent() {
        JsonObject agent = created(request(
                "POST", API + "/agents", supervisor, JSON, """
                {
                    "kind": "HUMAN",
                    "name": "%s",
                    "username": "%s",
                    "password": "a long enough password",
                    "queueIds": []
                }""".formatted(unique("Utilization"), unique("util"))));
        long id = agent.getJsonNumber("id").longValue();
        AGENTS.add(id);
        return id;
    }

    private static TestServer.Reply ok(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }
}
