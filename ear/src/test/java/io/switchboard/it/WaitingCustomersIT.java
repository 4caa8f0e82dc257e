package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Waiting strategies at work on the deployed server with real timers (the test domain's strategy minute is one
 * second): welcome, announcements, the maximum wait message that closes the conversation, the end of waiting at
 * assignment, no strategy outside working hours, and delivery through the outbox. New conversations here go to the
 * Default queue, whose automatic assignment is off, so they wait.
 */
class WaitingCustomersIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String gateway;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("waiting-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("waiting-gateway"), "GATEWAY", "MANAGER"));
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /** A sender with a strategy: welcome; an announcement every 2 "minutes" at most twice; closing at 7. */
    private static String senderWithStrategy() {
        String address = phone();
        long sender = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(address)))
                .getInt("id");
        created(request("POST", API + "/waiting-strategies", supervisor, JSON, """
                {
                    "senderId": %s,
                    "name": "%s",
                    "welcome": {"enabled": true, "text": "Welcome!"},
                    "announcement": {"enabled": true, "text": "Still here", "everyMinutes": 2, "maxCount": 2},
                    "maxWait": {"enabled": true, "text": "Sorry, try later", "minutes": 7}
                }""".formatted(sender, unique("Wait"))));
        return address;
    }

    private static long inbound(String to) {
        return created(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "anyone?"}""".formatted(phone(), to)))
                .getInt("conversationId");
    }

    private static List<String> automated(long conversation) {
        return get(API + "/conversations/" + conversation + "/messages", supervisor)
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getString("authorKind").equals("AUTOMATION"))
                .map(m -> m.getString("text"))
                .toList();
    }

    private static List<String> awaitAutomated(long conversation, Predicate<List<String>> condition, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        List<String> messages = automated(conversation);
        while (!condition.test(messages) && Instant.now().isBefore(end)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            messages = automated(conversation);
        }
        return messages;
    }

    @Test
    void aWaitingCustomerIsWelcomedKeptInformedAndClosedAtTheMaximumWait() {
        long conversation = inbound(senderWithStrategy());
        assertThat(automated(conversation)).containsExactly("Welcome!");

        List<String> all = awaitAutomated(conversation, m -> m.size() == 4, Duration.ofSeconds(30));
        assertThat(all).containsExactly("Welcome!", "Still here", "Still here", "Sorry, try later");
        JsonObject closed =
                get(API + "/conversations/" + conversation, supervisor).json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        // Each automated message is on its way to the channel's gateway.
        JsonObject message = get(API + "/conversations/" + conversation + "/messages", supervisor)
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getString("authorKind").equals("AUTOMATION"))
                .findFirst()
                .orElseThrow();
        assertThat(get(API + "/outbox?messageId=" + message.getInt("id"), supervisor)
                        .json()
                        .getJsonArray("items"))
                .hasSize(1);
    }

    @Test
    void waitingEndsWhenTheConversationIsAssigned() {
        long conversation = inbound(senderWithStrategy());
        long agent = created(request("POST", API + "/agents", supervisor, JSON, """
                {"name": "Ana", "username": "%s", "password": "a long enough password"}""".formatted(unique("ana"))))
                .getInt("id");
        AgentStatusesInTests.setStatus(supervisor, agent, "BUSY");
        TestServer.Reply assigned = request(
                "PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %s}""".formatted(agent));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        List<String> later = awaitAutomated(conversation, m -> m.size() > 1, Duration.ofSeconds(9));
        assertThat(later).containsExactly("Welcome!");
        assertThat(get(API + "/conversations/" + conversation, supervisor)
                        .json()
                        .getString("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void outsideWorkingHoursTheCustomerGetsTheAwayMessageAndNoWaitingStrategy() {
        String address = senderWithStrategy();
        long sender = get(API + "/senders", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("address").equals(address))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        long closedHours = created(
                        request("POST", API + "/working-hours", supervisor, JSON, """
                {"name": "%s", "timeZone": "Europe/Zagreb", "awayMessage": "We are closed"}""".formatted(unique("Never open"))))
                .getInt("id");
        long queue = created(
                        request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "workingHoursPeriodId": %s}""".formatted(unique("Night"), closedHours)))
                .getInt("id");
        long route = created(request(
                        "POST", API + "/routes", supervisor, JSON, """
                {
                    "name": "%s",
                    "queueId": %s,
                    "priority": "NORMAL",
                    "conditions": {
                        "join": "AND",
                        "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%s"}]
                    }
                }""".formatted(unique("To night"), queue, sender)))
                .getInt("id");
        try {
            long conversation = inbound(address);
            assertThat(get(API + "/conversations/" + conversation, supervisor)
                            .json()
                            .getJsonObject("queue")
                            .getInt("id"))
                    .isEqualTo((int) queue);
            List<String> messages = awaitAutomated(conversation, m -> m.size() > 1, Duration.ofSeconds(4));
            assertThat(messages).containsExactly("We are closed");
        } finally {
            request("DELETE", API + "/routes/" + route, supervisor, null, null);
        }
    }
}
