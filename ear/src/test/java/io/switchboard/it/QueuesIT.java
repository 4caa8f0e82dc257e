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

/** Queues: the Default queue stays, a queue with active conversations stays, names are unique. */
class QueuesIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String agent;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("queues-admin"), "ACCOUNT_MANAGER"));
        agent = bearer(createApiKey(unique("queues-agent"), "AGENT"));
    }

    private static JsonObject createQueue(String body) {
        TestServer.Reply reply = request("POST", API + "/queues", supervisor, JSON, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static long defaultQueueId() {
        return get(API + "/queues", agent).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getBoolean("defaultQueue"))
                .findFirst()
                .orElseThrow()
                .getInt("id");
    }

    @Test
    void anUnnamedQueueIsCalledQueueNumberX() {
        assertThat(createQueue("{}").getString("name")).matches("Queue #\\d+");
    }

    @Test
    void queueNamesInUseAreUnique() {
        String name = unique("Billing");
        createQueue("""
                {"name": "%s"}""".formatted(name));
        assertThat(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(name))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theDefaultQueueCannotBeDeleted() {
        TestServer.Reply reply = request("DELETE", API + "/queues/" + defaultQueueId(), supervisor, null, null);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("detail")).contains("Default");
    }

    @Test
    void aQueueWithActiveConversationsCannotBeDeletedUntilTheyAreClosed() {
        String name = unique("VIP");
        long queue = createQueue("""
                {"name": "%s"}""".formatted(name)).getInt("id");
        String senderAddress = "+1" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        assertThat(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "WHATSAPP", "address": "%s"}""".formatted(senderAddress))
                        .status())
                .isEqualTo(201);
        long conversation = request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "WHATSAPP", "from": "+4477001", "to": "%s", "text": "hi"}""".formatted(senderAddress))
                .json()
                .getInt("conversationId");
        TestServer.Reply moved =
                request("PUT", API + "/conversations/" + conversation + "/queue", agent, JSON, """
                {"queueId": %s}""".formatted(queue));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getJsonObject("queue").getString("name")).isEqualTo(name);
        // Moved out of the agent's reach (a queue they do not work in): a manager moves it on.
        TestServer.Reply unknown =
                request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                {"queueId": 987654321}""");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("detail")).contains("queue 987654321");

        TestServer.Reply refused = request("DELETE", API + "/queues/" + queue, supervisor, null, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("1 active conversation");
        assertThat(get(API + "/queues/" + queue, agent).status()).isEqualTo(200);

        request("PUT", API + "/conversations/" + conversation + "/status", supervisor, JSON, """
                {"status": "CLOSED"}""");
        assertThat(request("DELETE", API + "/queues/" + queue, supervisor, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/queues/" + queue, agent).status()).isEqualTo(404);
        assertThat(get(API + "/conversations/" + conversation, supervisor)
                        .json()
                        .getJsonObject("queue")
                        .getString("name"))
                .isEqualTo(name);
        createQueue("""
                {"name": "%s"}""".formatted(name));
    }

    @Test
    void queueSettingsAutomaticAssignmentAndSendersWithADefault() {
        long first = createSender();
        long second = createSender();
        JsonObject queue = createQueue("""
                {"name": "%s", "autoAssignment": "LAST_AGENT_30_DAYS", "senderIds": [%s, %s], "defaultSenderId": %s}""".formatted(unique("Sales"), first, second, second));
        assertThat(queue.getString("autoAssignment")).isEqualTo("LAST_AGENT_30_DAYS");
        assertThat(queue.getJsonArray("senderIds")).hasSize(2);
        assertThat(queue.getInt("defaultSenderId")).isEqualTo((int) second);

        long id = queue.getInt("id");
        String name = queue.getString("name");
        TestServer.Reply changed = request("PUT", API + "/queues/" + id, supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF", "senderIds": [%s]}""".formatted(name, first));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("autoAssignment")).isEqualTo("OFF");
        assertThat(changed.json().getInt("defaultSenderId")).isEqualTo((int) first);

        assertField(
                request("PUT", API + "/queues/" + id, supervisor, JSON, """
                {"name": "%s", "senderIds": [%s], "defaultSenderId": %s}""".formatted(name, first, second)),
                "defaultSenderId");
        assertField(request("PUT", API + "/queues/" + id, supervisor, JSON, """
                {"name": "%s", "senderIds": [987654321]}""".formatted(name)), "senderIds");
        assertField(request("PUT", API + "/queues/" + id, supervisor, JSON, """
                {"name": "%s", "autoAssignment": "SOMETIMES"}""".formatted(name)), "autoAssignment");
        assertThat(get(API + "/queues/" + id, agent).json().getInt("defaultSenderId"))
                .isEqualTo((int) first);
    }

    @Test
    void theDefaultQueueListsEveryAgentAndAQueueItsOwn() {
        long queue = createQueue("{}").getInt("id");
        long bot = request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "Queue bot", "queueIds": [%s]}""".formatted(queue))
                .json()
                .getInt("id");
        assertThat(get(API + "/queues/" + queue + "/agents", agent).jsonArray().getValuesAs(JsonObject.class))
                .extracting(a -> a.getInt("id"))
                .containsExactly((int) bot);
        assertThat(get(API + "/queues/" + defaultQueueId() + "/agents", agent)
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(a -> a.getInt("id"))
                .contains((int) bot);
    }

    @Test
    void supervisorsStaffAQueueAndSetItsNotifications() {
        long queue = createQueue("{}").getInt("id");
        TestServer.Reply lonely = request("PUT", API + "/queues/" + queue + "/notifications", supervisor, JSON, """
                {"newConversation": true, "newMessage": false}""");
        assertThat(lonely.status()).isEqualTo(409);
        assertThat(lonely.json().getString("detail")).contains("no agents");

        long first =
                request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "One"}""").json().getInt("id");
        long second =
                request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "Two"}""").json().getInt("id");
        TestServer.Reply staffed =
                request("PUT", API + "/queues/" + queue + "/agents", supervisor, JSON, """
                {"agentIds": [%s, %s]}""".formatted(first, second));
        assertThat(staffed.status()).as(staffed.body()).isEqualTo(200);
        assertThat(staffed.jsonArray()).hasSize(2);
        assertThat(request("PUT", API + "/queues/" + queue + "/agents", supervisor, JSON, """
                {"agentIds": [%s]}""".formatted(second))
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(a -> a.getInt("id"))
                .containsExactly((int) second);
        assertThat(get(API + "/agents/" + first, agent).json().getJsonArray("queueIds"))
                .isEmpty();

        JsonObject notifying = request("PUT", API + "/queues/" + queue + "/notifications", supervisor, JSON, """
                {"newConversation": true, "newMessage": true}""")
                .json();
        assertThat(notifying.getBoolean("notifyNewConversation")).isTrue();
        assertThat(notifying.getBoolean("notifyNewMessage")).isTrue();

        assertField(request("PUT", API + "/queues/" + queue + "/agents", supervisor, JSON, """
                {"agentIds": [987654321]}"""), "agentIds");
        assertThat(request("PUT", API + "/queues/" + defaultQueueId() + "/agents", supervisor, JSON, """
                {"agentIds": []}""")
                        .status())
                .isEqualTo(409);
        assertThat(request("PUT", API + "/queues/" + queue + "/agents", agent, JSON, """
                {"agentIds": []}""")
                        .status())
                .isEqualTo(403);
    }

    private static long createSender() {
        String address = "+1" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        return request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(address))
                .json()
                .getInt("id");
    }

    @Test
    void onlySupervisorsManageQueues() {
        assertThat(request("POST", API + "/queues", agent, JSON, "{}").status()).isEqualTo(403);
        assertThat(request("DELETE", API + "/queues/" + defaultQueueId(), agent, null, null)
                        .status())
                .isEqualTo(403);
        TestServer.Reply blank = request("PUT", API + "/queues/" + defaultQueueId(), supervisor, JSON, """
                {"name": ""}""");
        assertThat(blank.status()).isEqualTo(400);
    }
}
