package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static io.switchboard.it.UsersIT.createUser;
import static io.switchboard.it.UsersIT.id;
import static io.switchboard.it.UsersIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Disabling takes effect at once: "When disabled, the agent will not be able to handle conversations." The user's
 * next request is refused (even with a password verified seconds ago) and their open conversations go back to
 * assignment.
 */
class DisabledUsersIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";
    private static final List<Long> AVAILABLE = new ArrayList<>();

    private static String supervisor;
    private static String gateway;
    private static String sender;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("disabled-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("disabled-gateway"), "GATEWAY"));
        sender = phone();
        ok(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Disabled users line"}""".formatted(sender)), 201);
    }

    @AfterAll
    static void offline() {
        for (Long agent : AVAILABLE) {
            request("PUT", API + "/agents/" + agent + "/status", supervisor, JSON, """
                    {"statusId": %s}""".formatted(statusId("OFFLINE")));
        }
    }

    private static String phone() {
        return "+386" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private static long statusId(String code) {
        return get(API + "/agent-statuses", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> code.equals(s.getString("systemCode", null)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject disable(long userId, String name, String roles) {
        return ok(request("PUT", API + "/users/" + userId, supervisor, JSON, """
                {"name": "%s", "roles": [%s], "enabled": false}""".formatted(name, roles)), 200);
    }

    @Test
    @DisplayName("A disabled user gets 401 at the next request, although their password was verified moments ago")
    void basicStopsAtOnce() {
        String username = unique("dora");
        long userId = id(createUser(supervisor, username, "\"AGENT\""));
        String dora = basic(username, PASSWORD);
        assertThat(get(API + "/me", dora).status()).isEqualTo(200);
        assertThat(get(API + "/agents", dora).status()).isEqualTo(200);

        JsonObject disabled = disable(userId, "Dora", "\"AGENT\"");
        assertThat(disabled.getBoolean("enabled")).isFalse();
        TestServer.Reply refused = get(API + "/me", dora);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(get(API + "/agents/" + disabled.getJsonNumber("agentId"), supervisor)
                        .json()
                        .getBoolean("enabled"))
                .isFalse();

        ok(request("PUT", API + "/users/" + userId, supervisor, JSON, """
                {"name": "Dora", "roles": ["AGENT"], "enabled": true}"""), 200);
        assertThat(get(API + "/me", dora).status()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "\"If you want to disable an agent, ... change the toggle button status\": the agent's user is disabled")
    void disablingTheAgentDisablesTheirUser() {
        String username = unique("dario");
        JsonObject agent =
                ok(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "HUMAN", "username": "%s", "name": "Dario", "password": "%s", "title": "Lead"}""".formatted(username, PASSWORD)), 201);
        String dario = basic(username, PASSWORD);
        assertThat(get(API + "/me", dario).status()).isEqualTo(200);

        ok(request("PUT", API + "/agents/" + id(agent), supervisor, JSON, """
                {"name": "Dario", "title": "Lead", "enabled": false}"""), 200);
        assertThat(get(API + "/me", dario).status()).isEqualTo(401);
        JsonObject user = get(API + "/users?q=" + username, supervisor)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(user.getBoolean("enabled")).isFalse();

        ok(request("PUT", API + "/agents/" + id(agent), supervisor, JSON, """
                {"name": "Dario", "title": "Lead", "enabled": true}"""), 200);
        assertThat(get(API + "/me", dario).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("\"When disabled, the agent will not be able to handle conversations\": they go to another agent")
    void conversationsOfADisabledAgentAreAssignedAgain() {
        JsonObject queue =
                ok(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(unique("Handover"))), 201);
        long queueId = id(queue);
        String first = unique("first");
        JsonObject firstUser = createUser(supervisor, first, "\"AGENT\"");
        long firstAgent = firstUser.getJsonNumber("agentId").longValue();
        ok(request("PUT", API + "/agents/" + firstAgent, supervisor, JSON, """
                {"name": "First", "queueIds": [%s]}""".formatted(queueId)), 200);
        available(firstAgent);

        // A closed conversation keeps its history.
        long closed = conversationIn(queueId);
        assertThat(assignee(closed)).isEqualTo(firstAgent);
        ok(request("PUT", API + "/conversations/" + closed + "/status", supervisor, JSON, """
                {"status": "CLOSED"}"""), 200);
        long conversation = conversationIn(queueId);
        assertThat(assignee(conversation)).isEqualTo(firstAgent);

        long secondAgent = createUser(supervisor, unique("second"), "\"AGENT\"")
                .getJsonNumber("agentId")
                .longValue();
        ok(request("PUT", API + "/agents/" + secondAgent, supervisor, JSON, """
                {"name": "Second", "queueIds": [%s]}""".formatted(queueId)), 200);
        available(secondAgent);

        disable(id(firstUser), "First", "\"AGENT\"");
        assertThat(assignee(conversation)).as("assigned again at once").isEqualTo(secondAgent);
        assertThat(assignee(closed)).as("closed stays as it was").isEqualTo(firstAgent);

        // Without another available agent, the conversation waits unassigned in its queue.
        ok(request("PUT", API + "/agents/" + secondAgent, supervisor, JSON, """
                {"name": "Second", "queueIds": [%s], "enabled": false}""".formatted(queueId)), 200);
        JsonObject waiting =
                get(API + "/conversations/" + conversation, supervisor).json();
        assertThat(waiting.containsKey("assignee")).isFalse();
        assertThat(waiting.getJsonObject("queue").getJsonNumber("id").longValue())
                .isEqualTo(queueId);
    }

    private static void available(long agentId) {
        ok(
                request("PUT", API + "/agents/" + agentId + "/status", supervisor, JSON, """
                {"statusId": %s}""".formatted(
                                statusId("AVAILABLE"))),
                200);
        AVAILABLE.add(agentId);
    }

    private static long conversationIn(long queueId) {
        JsonObject intake = ok(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Hello"}""".formatted(phone(), sender)), 201);
        long conversation = intake.getJsonNumber("conversationId").longValue();
        ok(
                request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                {"queueId": %s}""".formatted(
                                queueId)),
                200);
        return conversation;
    }

    private static long assignee(long conversation) {
        JsonObject json =
                get(API + "/conversations/" + conversation, supervisor).json();
        assertThat(json.containsKey("assignee")).as(json.toString()).isTrue();
        return json.getJsonObject("assignee").getJsonNumber("id").longValue();
    }
}
