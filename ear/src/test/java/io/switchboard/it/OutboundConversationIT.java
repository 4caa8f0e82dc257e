package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.basic;
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
 * An agent starts a conversation with a customer (POST /conversations): assigned to them, with the first message in
 * the outbox. The guide: "Once the Select senders for each queue feature is enabled, agents will have the ability to
 * start conversations only with the default senders set in specific queues"; off, any sender.
 */
class OutboundConversationIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";
    private static String supervisor;
    private static long queue;
    private static long queueSender;
    private static long otherSender;
    private static String agent;
    private static long agentId;

    @BeforeAll
    static void agentQueueAndSenders() {
        supervisor = bearer(createApiKey(unique("start-admin"), "ACCOUNT_MANAGER"));
        queueSender = sender();
        otherSender = sender();
        queue = ReachIT.created(request("POST", API + "/queues", supervisor, JSON, """
                        {"name": "%s", "autoAssignment": "OFF", "senderIds": [%d], "defaultSenderId": %d}""".formatted(
                                unique("Outbound"), queueSender, queueSender)))
                .getInt("id");
        String username = unique("start-ana");
        agentId = ReachIT.created(request(
                        "POST", API + "/agents", supervisor, JSON, """
                        {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": [%d]}""".formatted(username, username, PASSWORD, queue)))
                .getInt("id");
        AgentStatusesInTests.setStatus(supervisor, agentId, "BUSY");
        agent = basic(username, PASSWORD);
    }

    @Test
    void anAgentStartsAConversationAssignedToThemWithTheFirstMessageInTheOutbox() {
        long person = customer();
        TestServer.Reply started = start(agent, person, otherSender, "Your order has shipped");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonObject conversation = started.json();
        assertThat(started.location()).endsWith("/conversations/" + conversation.getInt("id"));
        assertThat(conversation.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(conversation.getString("status")).isEqualTo("OPEN");
        assertThat(conversation.getJsonObject("assignee").getInt("id")).isEqualTo((int) agentId);
        assertThat(conversation.getJsonObject("person").getInt("id")).isEqualTo((int) person);
        JsonObject message = get(API + "/conversations/" + conversation.getInt("id") + "/messages", supervisor)
                .jsonArray()
                .getJsonObject(0);
        assertThat(message.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(message.getString("text")).isEqualTo("Your order has shipped");
        assertThat(get(API + "/outbox?messageId=" + message.getInt("id"), supervisor)
                        .json()
                        .getJsonArray("items"))
                .hasSize(1);

        // One open conversation per customer and sender: write there instead.
        TestServer.Reply again = start(agent, person, otherSender, "Hello again");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
    }

    @Test
    void withSendersPerQueueOnlyTheQueuesSendersAndTheConversationGoesToThatQueue() {
        boolean shortIds = get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled");
        try {
            settings(shortIds, true);
            long person = customer();
            TestServer.Reply refused = start(agent, person, otherSender, "Hi");
            assertField(refused, "senderId");
            TestServer.Reply started = start(agent, person, queueSender, "Hi from the queue's line");
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            assertThat(started.json().getJsonObject("queue").getInt("id")).isEqualTo((int) queue);
        } finally {
            settings(shortIds, false);
        }
        assertThat(get(API + "/settings", supervisor).json().getBoolean("sendersPerQueueEnabled"))
                .isFalse();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        long person = customer();
        assertField(request("POST", API + "/conversations", agent, JSON, """
                {"senderId": %d, "text": "x"}""".formatted(otherSender)), "personId");
        assertField(request("POST", API + "/conversations", agent, JSON, """
                {"personId": %d, "text": "x"}""".formatted(person)), "senderId");
        assertField(request("POST", API + "/conversations", agent, JSON, """
                {"personId": %d, "senderId": %d, "text": " "}""".formatted(person, otherSender)), "text");
        assertField(start(agent, 999_999_999L, otherSender, "x"), "personId");
        assertField(start(agent, person, 999_999_999L, "x"), "senderId");
        assertThat(request("POST", API + "/conversations", agent, JSON, """
                {"personId": "one", "senderId": 1, "text": "x"}""").status())
                .isEqualTo(400);
        assertThat(get(API + "/conversations?person=" + person + "&assignee=" + agentId, supervisor)
                        .json()
                        .getInt("total"))
                .isZero();
    }

    @Test
    void onlyAgentsStartConversations() {
        long person = customer();
        assertThat(start(supervisor, person, otherSender, "x").status()).isEqualTo(403);
        assertThat(start(bearer(createApiKey(unique("start-analyst"), "ANALYTICS_MANAGER")), person, otherSender, "x")
                        .status())
                .isEqualTo(403);
        assertThat(start(TestServer.gatewayKey(), person, otherSender, "x").status())
                .isEqualTo(403);
        assertThat(start(null, person, otherSender, "x").status()).isEqualTo(401);
    }

    private static TestServer.Reply start(String caller, long person, long sender, String text) {
        return request("POST", API + "/conversations", caller, JSON, """
                {"personId": %d, "senderId": %d, "text": "%s"}""".formatted(person, sender, text));
    }

    private static void settings(boolean shortIds, boolean perQueue) {
        TestServer.Reply changed =
                request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": %s, "sendersPerQueueEnabled": %s}""".formatted(shortIds, perQueue));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** A customer with an SMS address (they wrote once to a line of their own, now closed). */
    private static long customer() {
        String phone = phone();
        long line = sender();
        String address = get(API + "/senders/" + line, supervisor).json().getString("address");
        JsonObject intake = ReachIT.created(
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "hello"}""".formatted(phone, address)));
        long conversation = intake.getInt("conversationId");
        JsonObject view =
                get(API + "/conversations/" + conversation, supervisor).json();
        assertThat(request("PUT", API + "/conversations/" + conversation + "/status", supervisor, JSON, """
                {"status": "CLOSED"}""")
                        .status())
                .isEqualTo(200);
        return view.getJsonObject("person").getInt("id");
    }

    private static long sender() {
        return ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(phone())))
                .getInt("id");
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
