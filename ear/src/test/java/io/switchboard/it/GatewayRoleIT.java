package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.requestWithHeader;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Machines have their own role: a channel gateway's key (GATEWAY) hands over customers' messages and reads the
 * deliveries; agents never do. A key bound to an agent writes as that agent only (the guide's "x-agent-id parameter
 * is a bot identifier").
 */
class GatewayRoleIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String gateway;
    private static String agent;
    private static String manager;
    private static String sender;

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("gw-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("gw-sms"), "GATEWAY"));
        agent = bearer(createApiKey(unique("gw-agent"), "AGENT"));
        manager = bearer(createApiKey(unique("gw-manager"), "MANAGER"));
        sender = "+44" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(sender)));
    }

    private static TestServer.Reply inbound(String caller) {
        String customer = "+3858" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        return request("POST", API + "/messages", caller, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "hello"}""".formatted(customer, sender));
    }

    @Test
    @DisplayName("Only gateways (and supervisors, to try their setup) post customers' messages; agents never do")
    void onlyGatewaysPostInboundMessages() {
        assertThat(inbound(gateway).status()).isEqualTo(201);
        assertThat(inbound(supervisor).status()).isEqualTo(201);
        TestServer.Reply refused = inbound(agent);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(inbound(manager).status()).isEqualTo(403);
    }

    @Test
    void gatewaysReadDeliveriesButNotConversations() {
        assertThat(get(API + "/outbox?size=1", gateway).status()).isEqualTo(200);
        assertThat(get(API + "/outbox/counts", gateway).status()).isEqualTo(200);
        assertThat(get(API + "/outbox?size=1", agent).status()).isEqualTo(403);
        assertThat(request("POST", API + "/outbox/1/retry", gateway, null, null).status())
                .isEqualTo(403);
        long conversation = inbound(gateway).json().getInt("conversationId");
        assertThat(get(API + "/conversations/" + conversation, gateway).status())
                .isEqualTo(403);
        assertThat(get(API + "/conversations", gateway).status()).isEqualTo(403);
    }

    @Test
    void keysAreCreatedWithTheGatewayRoleAndAnOptionalAgent() {
        TestServer.Reply created =
                request("POST", API + "/api-keys", supervisor, JSON, """
                {"name": "%s", "roles": ["GATEWAY"]}""".formatted(unique("whatsapp")));
        JsonObject key = ReachIT.created(created).getJsonObject("key");
        assertThat(key.getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("GATEWAY");
        assertThat(key.containsKey("agentId")).as("acts as no one").isFalse();
        JsonObject me =
                get(API + "/me", bearer(created.json().getString("token"))).json();
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("GATEWAY");

        assertField(request("POST", API + "/api-keys", supervisor, JSON, """
                {"name": "%s", "roles": ["AGENT"], "agentId": 987654321}""".formatted(unique("lost"))), "agentId");
        assertField(request("POST", API + "/api-keys", supervisor, JSON, """
                {"name": "%s", "roles": ["ROBOT"]}""".formatted(unique("robot"))), "roles[0]");
    }

    @Test
    @DisplayName("x-agent-id: a key bound to a bot writes as that bot only; an unbound agent key as no bot")
    void xAgentIdMustBeTheKeysAgent() {
        long queue = ReachIT.created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(unique("Bots"))))
                .getInt("id");
        long answers = bot("Answers", queue);
        long other = bot("Other", queue);
        String answersKey = bearer(ReachIT.boundKey(unique("answers-key"), answers, "AGENT"));
        long conversation = inbound(gateway).json().getInt("conversationId");
        assertThat(request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                {"queueId": %d}""".formatted(
                                        queue))
                        .status())
                .isEqualTo(200);
        assertThat(request("PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(
                                        answers))
                        .status())
                .isEqualTo(200);

        TestServer.Reply asOther = asBot(answersKey, conversation, other);
        assertThat(asOther.status()).as(asOther.body()).isEqualTo(403);
        assertThat(asOther.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("x-agent-id");
        assertThat(asBot(agent, conversation, answers).status())
                .as("the bot's conversation is out of an agent's reach")
                .isEqualTo(404);
        long waiting = inbound(gateway).json().getInt("conversationId");
        assertThat(asBot(agent, waiting, answers).status())
                .as("an agent's key cannot speak for a bot, even where the agent reaches")
                .isEqualTo(403);
        assertThat(asBot(answersKey, conversation, answers).status()).isEqualTo(201);
        assertThat(asBot(manager, conversation, answers).status())
                .as("a manager may speak for a bot")
                .isEqualTo(201);
        long messages = get(API + "/conversations/" + conversation + "/messages", supervisor)
                .jsonArray()
                .size();
        assertThat(messages).as("the customer's and two bot messages").isEqualTo(3);
    }

    private static long bot(String name, long queue) {
        return ReachIT.created(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "%s", "queueIds": [%d]}""".formatted(unique(name), queue)))
                .getInt("id");
    }

    private static TestServer.Reply asBot(String key, long conversation, long bot) {
        return requestWithHeader(
                "POST",
                API + "/conversations/" + conversation + "/messages",
                key,
                JSON,
                """
                {"text": "Bot here"}""",
                "x-agent-id",
                String.valueOf(bot));
    }
}
