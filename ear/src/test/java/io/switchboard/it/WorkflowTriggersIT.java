package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workflow triggers of a conversation's customer and channel: an agent links a conversation to another customer
 * (PUT /conversations/{id}/customer), and an agent's reply goes over another of the business's channels. Each
 * workflow here is limited to this test's own senders by its conditions and deleted at the end.
 */
class WorkflowTriggersIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";
    private static String supervisor;
    private static String line;
    private static long lineId;
    private static String tag;
    private static final List<Long> created = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("wft-admin"), "ACCOUNT_MANAGER"));
        line = phone();
        lineId = sender("SMS", line);
        tag = unique("wft-customer");
        ReachIT.created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag)));
    }

    @AfterAll
    static void deleteWorkflows() {
        for (long id : created) {
            request("DELETE", API + "/workflows/" + id, supervisor, null, null);
        }
    }

    /**
     * Guide: "Conversation customer changed ... Triggers a workflow when an agent unlinks a customer from the
     * conversation." The workflow runs once for a change, and not for the same customer again (no-op changes raise no
     * events); bad input, an unknown person and a conversation out of the agent's reach change nothing.
     */
    @Test
    void anAgentChangesTheCustomerAndTheWorkflowRunsOnceForIt() {
        long workflow = create("""
                {"name": "%s", "triggers": [{"type": "CUSTOMER_CHANGED"}],
                 "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                 "actions": [{"type": "ADD_TAGS", "tags": ["%s"]}]}""".formatted(unique("relinked"), lineId, tag));
        long conversation = inbound(phone(), line, "this is my wife's phone");
        long before = get(API + "/conversations/" + conversation, supervisor)
                .json()
                .getJsonObject("person")
                .getInt("id");
        long ana = ReachIT.created(request("POST", API + "/people", supervisor, JSON, """
                        {"firstName": "Ana", "lastName": "Kovac"}"""))
                .getInt("id");

        // The assignee may change it; another agent does not reach the conversation at all.
        long owner = agent(unique("wft-owner"));
        long other = agent(unique("wft-other"));
        TestServer.Reply assigned = request(
                "PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(owner));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        String ownerKey = bearer(ReachIT.boundKey(unique("wft-owner-key"), owner, "AGENT"));
        String otherKey = bearer(ReachIT.boundKey(unique("wft-other-key"), other, "AGENT"));
        assertThat(change(conversation, otherKey, """
                        {"personId": %d}""".formatted(ana)).status()).isEqualTo(404);
        assertField(change(conversation, ownerKey, "{}"), "personId");
        assertField(change(conversation, ownerKey, """
                {"personId": "Ana"}"""), "personId");
        TestServer.Reply unknown = change(conversation, ownerKey, """
                {"personId": 999999999999}""");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(customer(conversation)).as("refused requests change nothing").isEqualTo(before);

        TestServer.Reply changed = change(conversation, ownerKey, """
                {"personId": %d}""".formatted(ana));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getJsonObject("person").getInt("id")).isEqualTo((int) ana);
        assertThat(customer(conversation)).isEqualTo(ana);

        JsonObject run = awaitRuns(conversation, 1).getJsonObject(0);
        assertThat(run.getInt("workflowId")).isEqualTo((int) workflow);
        assertThat(run.getString("trigger")).isEqualTo("CUSTOMER_CHANGED");
        assertThat(run.getString("outcome")).isEqualTo("RAN");
        assertThat(get(API + "/conversations/" + conversation, supervisor)
                        .json()
                        .getJsonArray("tags")
                        .toString())
                .contains(tag);

        // The same customer again: 200, nothing changes, no event, no second run.
        assertThat(change(conversation, ownerKey, """
                        {"personId": %d}""".formatted(ana)).status()).isEqualTo(200);
        pause(3_000);
        assertThat(get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                        .jsonArray())
                .hasSize(1);
    }

    /**
     * One open conversation per customer and sender: a person who already has one on the conversation's sender is
     * not linked (409, merge instead); once theirs is closed they are, and their next message continues it.
     */
    @Test
    void theNewCustomersNextMessageContinuesTheConversation() {
        String maja = phone();
        long hers = inbound(maja, line, "first");
        long majaId = customer(hers);
        long conversation = inbound(phone(), line, "wrong person");

        TestServer.Reply conflict = change(conversation, supervisor, """
                {"personId": %d}""".formatted(majaId));
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");

        assertThat(request("PUT", API + "/conversations/" + hers + "/status", supervisor, JSON, """
                        {"status": "CLOSED"}""")
                        .status())
                .isEqualTo(200);
        assertThat(change(conversation, supervisor, """
                        {"personId": %d}""".formatted(majaId)).status())
                .isEqualTo(200);
        assertThat(inbound(maja, line, "it's me again")).isEqualTo(conversation);
    }

    /**
     * Guide: "Conversation channel changed ... From/To ... Triggers a workflow when the first message over the second
     * channel in the same conversation is sent." The customer wrote over SMS; the agent answers over WhatsApp (another
     * of the business's senders, the customer's WhatsApp contact), later over SMS again: each switch runs the
     * workflows whose "from"/"to" it matches, a second message over the same channel none.
     */
    @Test
    void aReplyOverAnotherChannelRunsTheWorkflowsOfThatChange() {
        String smsLine = phone();
        long smsLineId = sender("SMS", smsLine);
        long whatsAppId = sender("WHATSAPP", phone());
        String onlyThisLine = """
                "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]}""".formatted(smsLineId);
        String toWhatsApp = unique("wft-to-whatsapp");
        String fromEmail = unique("wft-from-email");
        String backToSms = unique("wft-back-to-sms");
        for (String name : List.of(toWhatsApp, fromEmail, backToSms)) {
            ReachIT.created(request("POST", API + "/tags", supervisor, JSON, """
                    {"name": "%s"}""".formatted(name)));
        }
        long smsToWhatsApp = create("""
                {"name": "%s", "triggers": [{"type": "CHANNEL_CHANGED", "from": "SMS", "to": "WHATSAPP"}], %s,
                 "actions": [{"type": "ADD_TAGS", "tags": ["%s"]}]}""".formatted(toWhatsApp, onlyThisLine, toWhatsApp));
        create("""
                {"name": "%s", "triggers": [{"type": "CHANNEL_CHANGED", "from": "EMAIL"}], %s,
                 "actions": [{"type": "ADD_TAGS", "tags": ["%s"]}]}""".formatted(fromEmail, onlyThisLine, fromEmail));
        // {{agent.email}}: the assignee's address, in the message the last workflow sends (over SMS: no change).
        long anyToSms = create("""
                {"name": "%s", "triggers": [{"type": "CHANNEL_CHANGED", "to": "SMS"}], %s,
                 "actions": [{"type": "ADD_TAGS", "tags": ["%s"]},
                             {"type": "SEND_MESSAGE", "text": "Write to {{agent.name}} at {{agent.email}}"}]}""".formatted(backToSms, onlyThisLine, backToSms));

        String customer = phone();
        long conversation = inbound(customer, smsLine, "can we move to WhatsApp?");
        long person = customer(conversation);
        ReachIT.created(
                request("POST", API + "/people/" + person + "/contacts", supervisor, JSON, """
                {"channel": "WHATSAPP", "address": "%s"}""".formatted(customer)));
        String ivo = unique("wft-ivo");
        long ivoId = agent(ivo);
        assertField(request("PUT", API + "/agents/" + ivoId, supervisor, JSON, """
                {"name": "%s", "email": "not an address"}""".formatted(ivo)), "email");
        TestServer.Reply withEmail =
                request("PUT", API + "/agents/" + ivoId, supervisor, JSON, """
                {"name": "%s", "email": "%s@example.com"}""".formatted(ivo, ivo));
        assertThat(withEmail.status()).as(withEmail.body()).isEqualTo(200);
        assertThat(withEmail.json().getString("email")).isEqualTo(ivo + "@example.com");
        TestServer.Reply assigned = request(
                "PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(ivoId));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertField(reply(conversation, """
                {"text": "nowhere", "senderId": 999999999999}"""), "senderId");

        assertThat(reply(conversation, """
                        {"text": "Hello on WhatsApp", "senderId": %d}""".formatted(whatsAppId)).status()).isEqualTo(201);
        JsonObject run = awaitRuns(conversation, 1).getJsonObject(0);
        assertThat(run.getInt("workflowId")).isEqualTo((int) smsToWhatsApp);
        assertThat(run.getString("trigger")).isEqualTo("CHANNEL_CHANGED");
        assertThat(run.getString("outcome")).isEqualTo("RAN");

        // A second message over WhatsApp changes no channel.
        assertThat(reply(conversation, """
                        {"text": "Still here", "senderId": %d}""".formatted(whatsAppId)).status()).isEqualTo(201);
        pause(3_000);
        assertThat(get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                        .jsonArray())
                .hasSize(1);

        // Back over the conversation's own sender (SMS): only the workflow "to SMS" runs.
        assertThat(reply(conversation, """
                        {"text": "Back to SMS"}""").status()).isEqualTo(201);
        JsonArray runs = awaitRuns(conversation, 2);
        pause(2_000);
        runs = get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                .jsonArray();
        assertThat(runs.getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("workflowId"))
                .containsExactlyInAnyOrder((int) smsToWhatsApp, (int) anyToSms);
        String tags = get(API + "/conversations/" + conversation, supervisor)
                .json()
                .getJsonArray("tags")
                .toString();
        assertThat(tags).contains(toWhatsApp, backToSms).doesNotContain(fromEmail);
        assertThat(get(API + "/conversations/" + conversation + "/messages", supervisor)
                        .body())
                .contains("Write to " + ivo + " at " + ivo + "@example.com");
    }

    private static TestServer.Reply reply(long conversation, String body) {
        return request("POST", API + "/conversations/" + conversation + "/messages", supervisor, JSON, body);
    }

    private static TestServer.Reply change(long conversation, String caller, String body) {
        return request("PUT", API + "/conversations/" + conversation + "/customer", caller, JSON, body);
    }

    private static long customer(long conversation) {
        return get(API + "/conversations/" + conversation, supervisor)
                .json()
                .getJsonObject("person")
                .getInt("id");
    }

    private static long agent(String username) {
        long id = ReachIT.created(
                        request("POST", API + "/agents", supervisor, JSON, """
                        {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": []}""".formatted(username, username, PASSWORD)))
                .getInt("id");
        AgentStatusesInTests.setStatus(supervisor, id, "BUSY");
        return id;
    }

    private static long sender(String channel, String address) {
        return ReachIT.created(request(
                        "POST",
                        API + "/senders",
                        supervisor,
                        JSON,
                        Json.createObjectBuilder()
                                .add("channel", channel)
                                .add("address", address)
                                .build()
                                .toString()))
                .getInt("id");
    }

    private static long create(String body) {
        long id = ReachIT.created(request("POST", API + "/workflows", supervisor, JSON, body))
                .getInt("id");
        created.add(id);
        return id;
    }

    private static JsonArray awaitRuns(long conversation, int atLeast) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        JsonArray runs;
        do {
            runs = get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                    .jsonArray();
            if (runs.size() >= atLeast) {
                return runs;
            }
            pause(300);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no workflow run recorded on conversation " + conversation + ": " + runs);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long inbound(String customer, String to, String text) {
        return inbound("SMS", customer, to, text);
    }

    private static long inbound(String channel, String customer, String to, String text) {
        TestServer.Reply reply = request(
                "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "%s", "from": "%s", "to": "%s", "text": "%s"}""".formatted(channel, customer, to, text));
        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
        return reply.json().getInt("conversationId");
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
