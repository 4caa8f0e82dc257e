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
import jakarta.json.JsonString;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agents and bots, and the work on a conversation: assignee, priority, tags, metadata, notes, bot messages. */
class AgentsAndWorkIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String gateway;
    private static String sender;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("work-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("work-gateway"), "GATEWAY", "MANAGER"));
        sender = "+44" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        assertThat(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(sender))
                        .status())
                .isEqualTo(201);
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonObject ok(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static long newConversation() {
        String customer = "+3851" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        return created(request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "hello"}""".formatted(customer, sender)))
                .getInt("conversationId");
    }

    private static long createQueue() {
        return created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(unique("Queue"))))
                .getInt("id");
    }

    private static JsonObject createHuman(String username, String queues) {
        return created(request("POST", API + "/agents", supervisor, JSON, """
                {
                    "kind": "HUMAN",
                    "name": "Ana Agent",
                    "username": "%s",
                    "password": "a long enough password",
                    "title": "Support",
                    "queueIds": [%s]
                }""".formatted(username, queues)));
    }

    @Test
    void aHumanAgentSignsInWithTheAgentRole() {
        String username = unique("ana");
        JsonObject agent = createHuman(username, "");
        assertThat(agent.getString("kind")).isEqualTo("HUMAN");
        assertThat(agent.getBoolean("enabled")).isTrue();

        JsonObject me = ok(get(API + "/me", basic(username, "a long enough password")));
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("AGENT");
        assertThat(request("POST", API + "/agents", supervisor, JSON, """
                {"name": "Twin", "username": "%s", "password": "another long password"}""".formatted(username))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void agentInputIsValidated() {
        assertField(request("POST", API + "/agents", supervisor, JSON, """
                {"name": "No login"}"""), "username");
        assertField(request("POST", API + "/agents", supervisor, JSON, """
                {"name": "Short", "username": "%s", "password": "short"}""".formatted(unique("s"))), "password");
        assertField(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "ROBOT", "name": "R2"}"""), "kind");
        assertField(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "Lost", "queueIds": [987654321]}"""), "queueIds");
        assertField(get(API + "/agents?enabled=maybe", supervisor), "enabled");
        assertThat(request("POST", API + "/agents", gateway, JSON, """
                {"kind": "BOT", "name": "x"}""").status())
                .isEqualTo(403);
    }

    @Test
    void directAssignmentNeedsAnEnabledAgentOfTheQueue() {
        long queue = createQueue();
        JsonObject inQueue = createHuman(unique("queue-agent"), String.valueOf(queue));
        JsonObject elsewhere = createHuman(unique("other-agent"), "");
        // New agents are Offline, and Unavailable agents receive no conversations: Busy ones receive transfers.
        AgentStatusesInTests.setStatus(supervisor, inQueue.getInt("id"), "BUSY");
        AgentStatusesInTests.setStatus(supervisor, elsewhere.getInt("id"), "BUSY");
        long conversation = newConversation();

        // Every agent works in the Default queue.
        JsonObject assigned =
                ok(request("PUT", API + "/conversations/" + conversation + "/assignee", gateway, JSON, """
                {"agentId": %s}""".formatted(
                                elsewhere.getInt("id"))));
        assertThat(assigned.getJsonObject("assignee").getInt("id")).isEqualTo(elsewhere.getInt("id"));

        ok(request("PUT", API + "/conversations/" + conversation + "/queue", gateway, JSON, """
                {"queueId": %s}""".formatted(queue)));
        TestServer.Reply refused =
                request("PUT", API + "/conversations/" + conversation + "/assignee", gateway, JSON, """
                {"agentId": %s}""".formatted(
                                elsewhere.getInt("id")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("does not work in queue");
        ok(request("PUT", API + "/conversations/" + conversation + "/assignee", gateway, JSON, """
                {"agentId": %s}""".formatted(
                        inQueue.getInt("id"))));

        ok(request("PUT", API + "/agents/" + inQueue.getInt("id"), supervisor, JSON, """
                {"name": "Ana Agent", "enabled": false, "queueIds": [%s]}""".formatted(queue)));
        assertThat(request("PUT", API + "/conversations/" + conversation + "/assignee", gateway, JSON, """
                {"agentId": %s}""".formatted(
                                        inQueue.getInt("id")))
                        .status())
                .isEqualTo(409);
        assertThat(get(API + "/agents?enabled=false", gateway).jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getInt("id")).isEqualTo(inQueue.getInt("id")));

        // "When disabled, the agent will not be able to handle conversations": theirs went back to assignment.
        JsonObject byAssignee = get(API + "/conversations?assignee=" + inQueue.getInt("id"), gateway)
                .json();
        assertThat(byAssignee.getJsonArray("items").getValuesAs(JsonObject.class))
                .isEmpty();

        JsonObject unassigned =
                ok(request("PUT", API + "/conversations/" + conversation + "/assignee", gateway, JSON, """
                {"agentId": null}"""));
        assertThat(unassigned.containsKey("assignee")).isFalse();
    }

    @Test
    void priorityTagsMetadataAndNotes() {
        long conversation = newConversation();
        String base = API + "/conversations/" + conversation;

        assertThat(ok(request("PUT", base + "/priority", gateway, JSON, """
                {"priority": "URGENT"}""")).getString("priority"))
                .isEqualTo("URGENT");
        assertField(request("PUT", base + "/priority", gateway, JSON, """
                {"priority": "ASAP"}"""), "priority");

        String tag = unique("vip");
        created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag)));
        assertThat(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag))
                        .status())
                .isEqualTo(409);
        assertThat(ok(request("POST", base + "/tags", gateway, JSON, """
                {"tag": "%s"}""".formatted(tag)))
                        .getJsonArray("tags")
                        .getString(0))
                .isEqualTo(tag);
        assertField(request("POST", base + "/tags", gateway, JSON, """
                {"tag": "never-defined"}"""), "tag");
        assertThat(ok(request("DELETE", base + "/tags/" + tag, gateway, null, null))
                        .getJsonArray("tags"))
                .isEmpty();

        assertThat(ok(get(base + "/metadata", gateway)).isEmpty()).isTrue();
        ok(request("PUT", base + "/metadata", gateway, JSON, """
                {"botIntent": "refund", "order": {"id": 42}}"""));
        assertThat(ok(get(base + "/metadata", gateway)).getJsonObject("order").getInt("id"))
                .isEqualTo(42);
        assertField(request("PUT", base + "/metadata", gateway, JSON, "[1, 2]"), "body");
        assertField(request("PUT", base + "/metadata", gateway, JSON, """
                {"broken": """), "body");
        assertField(request("PUT", base + "/metadata", gateway, JSON, """
                {"big": "%s"}""".formatted("x".repeat(16_001))), "body");
        assertThat(ok(get(base + "/metadata", gateway)).getString("botIntent")).isEqualTo("refund");

        ok(request("POST", base + "/tags", gateway, JSON, """
                {"tag": "%s"}""".formatted(tag)));
        JsonObject tagged = get(API + "/conversations?tag=" + tag, gateway).json();
        assertThat(tagged.getInt("total")).isEqualTo(1);
        assertThat(tagged.getJsonArray("items").getJsonObject(0).getInt("id")).isEqualTo((int) conversation);

        created(request("POST", base + "/notes", gateway, JSON, """
                {"text": "Customer is a VIP"}"""));
        assertThat(get(base + "/notes", gateway).jsonArray().getJsonObject(0).getString("text"))
                .isEqualTo("Customer is a VIP");
        assertThat(get(base + "/messages", gateway).jsonArray()).hasSize(1);
    }

    @Test
    void aBotWritesWithItsAgentId() {
        long bot =
                created(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "Answers bot"}""")).getInt("id");
        long conversation = newConversation();
        JsonObject message = created(TestServer.requestWithHeader(
                "POST",
                API + "/conversations/" + conversation + "/messages",
                gateway,
                JSON,
                """
                {"text": "I am a bot"}""",
                "x-agent-id",
                String.valueOf(bot)));
        assertThat(message.getString("authorKind")).isEqualTo("BOT");
        assertThat(message.getString("author")).isEqualTo("Answers bot");

        long human = createHuman(unique("not-a-bot"), "").getInt("id");
        assertField(
                TestServer.requestWithHeader(
                        "POST",
                        API + "/conversations/" + conversation + "/messages",
                        gateway,
                        JSON,
                        """
                {"text": "x"}""",
                        "x-agent-id",
                        String.valueOf(human)),
                "x-agent-id");
        assertField(
                TestServer.requestWithHeader(
                        "POST",
                        API + "/conversations/" + conversation + "/messages",
                        gateway,
                        JSON,
                        """
                {"text": "x"}""",
                        "x-agent-id",
                        "abc"),
                "x-agent-id");
    }

    @Test
    void supervisorsTurnTheShortIdDisplayOnAndOff() {
        ok(request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": true}"""));
        assertThat(ok(get(API + "/settings", gateway)).getBoolean("shortIdEnabled"))
                .isTrue();
        ok(request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": false}"""));
        assertThat(ok(get(API + "/settings", gateway)).getBoolean("shortIdEnabled"))
                .isFalse();
        assertThat(request("PUT", API + "/settings", gateway, JSON, """
                {"shortIdEnabled": true}""").status())
                .isEqualTo(403);
        assertField(request("PUT", API + "/settings", supervisor, JSON, "{}"), "shortIdEnabled");
    }
}
