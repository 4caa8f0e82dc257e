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
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live supervisor dashboard over REST: "a real-time page for managers and supervisors (and Analytics Managers,
 * read-only): per queue, conversations waiting, longest wait, assigned, agents by status group, occupancy, SLA at risk
 * and breached today, messages in and out in the last hour; charts ... for the last 24 hours".
 */
class DashboardIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String analytics;
    private static String sender;

    @BeforeAll
    static void keysAndSender() {
        supervisor = bearer(createApiKey(unique("dashboard-sup"), "ACCOUNT_MANAGER"));
        analytics = bearer(createApiKey(unique("dashboard-ana"), "ANALYTICS_MANAGER"));
        sender = phone();
        TestServer.Reply created = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Dashboard line"}""".formatted(sender));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aQueuesNumbersMoveWhenACustomerWrites() {
        long queue = queueOfNewConversation();
        JsonObject before =
                queueRow(get(API + "/dashboard?queue=" + queue, analytics).json());

        inbound(phone(), "Where is my parcel?");

        JsonObject after =
                queueRow(get(API + "/dashboard?queue=" + queue, analytics).json());
        assertThat(after.getJsonNumber("messagesInLastHour").longValue())
                .isEqualTo(before.getJsonNumber("messagesInLastHour").longValue() + 1);
        assertThat(after.getJsonNumber("waiting").longValue()
                        + after.getJsonNumber("assigned").longValue())
                .isEqualTo(before.getJsonNumber("waiting").longValue()
                        + before.getJsonNumber("assigned").longValue()
                        + 1);
        assertThat(after.getJsonObject("agentsByGroup").keySet())
                .containsExactlyInAnyOrder("AVAILABLE", "BUSY", "AWAY", "UNAVAILABLE");
    }

    @Test
    void chartsHaveOnePointPerHourTheRunningHourLast() {
        inbound(phone(), "Hello");
        JsonObject now = get(API + "/dashboard", supervisor).json();
        assertThat(now.getJsonArray("hours")).hasSize(24);
        JsonObject last = now.getJsonArray("hours").getJsonObject(23);
        assertThat(last.getInt("conversations")).isPositive();
        assertThat(last.getInt("messagesIn")).isPositive();
        assertThat(get(API + "/dashboard?hours=3", supervisor).json().getJsonArray("hours"))
                .hasSize(3);
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        assertField(get(API + "/dashboard?hours=0", supervisor), "hours");
        assertField(get(API + "/dashboard?hours=169", supervisor), "hours");
        assertField(get(API + "/dashboard?hours=many", supervisor), "hours");
        assertField(get(API + "/dashboard?queue=first", supervisor), "queue");
        assertField(get(API + "/dashboard?queue=-4", supervisor), "queue");
        TestServer.Reply unknown = get(API + "/dashboard?queue=987654321", supervisor);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void managersSupervisorsAndAnalyticsManagersReadItAgentsAndGatewaysDoNot() {
        for (String role : new String[] {"MANAGER", "ACCOUNT_MANAGER", "ANALYTICS_MANAGER"}) {
            assertThat(get(API + "/dashboard", bearer(createApiKey(unique("dash-" + role.toLowerCase()), role)))
                            .status())
                    .as(role)
                    .isEqualTo(200);
        }
        for (String role : new String[] {"AGENT", "GATEWAY"}) {
            assertThat(get(API + "/dashboard", bearer(createApiKey(unique("dash-" + role.toLowerCase()), role)))
                            .status())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(get(API + "/dashboard", null).status()).isEqualTo(401);
    }

    private static long queueOfNewConversation() {
        long conversation =
                inbound(phone(), "First").getJsonNumber("conversationId").longValue();
        return get(API + "/conversations/" + conversation, supervisor)
                .json()
                .getJsonObject("queue")
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject queueRow(JsonObject dashboard) {
        assertThat(dashboard.getJsonArray("queues")).hasSize(1);
        return dashboard.getJsonArray("queues").getJsonObject(0);
    }

    private static JsonObject inbound(String from, String text) {
        TestServer.Reply reply =
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(from, sender, text));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
