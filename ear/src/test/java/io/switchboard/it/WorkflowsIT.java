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
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Workflows (issue 16, the event-based slice): stored in order with every refusal naming its field and storing
 * nothing; a workflow runs after the change that triggers it, its actions through the same services as an agent's,
 * and its run is recorded on the conversation; two workflows that trigger each other stop, recorded. Every workflow
 * here is limited to this test's own senders by its conditions, and deleted at the end, so no other test sees it.
 */
class WorkflowsIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String line;
    private static long lineId;
    private static String loopLine;
    private static long loopLineId;
    private static String vip;
    private static String a;
    private static String b;
    private static final List<Long> created = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("wf-admin"), "ACCOUNT_MANAGER"));
        line = phone();
        lineId = ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(line)))
                .getInt("id");
        loopLine = phone();
        loopLineId = ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(loopLine)))
                .getInt("id");
        vip = tag(unique("wf-vip"));
        a = tag(unique("wf-a"));
        b = tag(unique("wf-b"));
    }

    @AfterAll
    static void deleteWorkflows() {
        for (long id : created) {
            request("DELETE", API + "/workflows/" + id, supervisor, null, null);
        }
    }

    /**
     * Guide: "when certain triggers happen and conditions are met, actions will be performed"; the message goes "over
     * the channel that was used for the last inbound message"; the short ID is among the placeholders.
     */
    @Test
    void aCustomerMessageRunsTheWorkflowAndItsRunIsRecorded() {
        long id = create("""
                {"name": "%s", "triggers": [{"type": "INBOUND_MESSAGE_RECEIVED"}],
                 "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                 "actions": [
                   {"type": "ADD_TAGS", "tags": ["%s"]},
                   {"type": "SET_PRIORITY", "priority": "HIGH"},
                   {"type": "SEND_MESSAGE", "text": "We have your message ({{message.content}}), ticket {{conversation.shortId}}."}
                 ]}""".formatted(unique("welcome"), lineId, vip));

        long conversation = inbound(phone(), line, "my parcel");
        JsonArray runs = awaitRuns(conversation, 1);
        JsonObject run = runs.getJsonObject(0);
        assertThat(run.getInt("workflowId")).isEqualTo((int) id);
        assertThat(run.getString("trigger")).isEqualTo("INBOUND_MESSAGE_RECEIVED");
        assertThat(run.getString("outcome")).isEqualTo("RAN");
        assertThat(run.getJsonArray("actions").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("outcome"))
                .containsExactly("DONE", "DONE", "DONE");

        JsonObject after =
                get(API + "/conversations/" + conversation, supervisor).json();
        assertThat(after.getString("priority")).isEqualTo("HIGH");
        assertThat(after.getJsonArray("tags").getValuesAs(JsonValue.class).toString())
                .contains(vip);
        String messages = get(API + "/conversations/" + conversation + "/messages", supervisor)
                .body();
        assertThat(messages).contains("We have your message (my parcel), ticket " + after.getInt("shortId") + ".");
    }

    @Test
    void conditionsThatDoNotHoldRecordASkipAndChangeNothing() {
        create("""
                {"name": "%s", "triggers": [{"type": "INBOUND_MESSAGE_RECEIVED"}],
                 "conditions": {"join": "AND", "conditions": [
                   {"attribute": "conversation.to", "operator": "IS", "value": "%d"},
                   {"attribute": "conversation.content", "operator": "CONTAINS", "value": "refund"}]},
                 "actions": [{"type": "SET_PRIORITY", "priority": "URGENT"}]}""".formatted(unique("refunds"), loopLineId));
        long conversation = inbound(phone(), loopLine, "just saying hello");
        JsonObject run = awaitRuns(conversation, 1).getJsonObject(0);
        assertThat(run.getString("outcome")).isEqualTo("SKIPPED");
        assertThat(run.getString("reason")).startsWith("condition not met");
        assertThat(get(API + "/conversations/" + conversation, supervisor)
                        .json()
                        .getString("priority"))
                .isNotEqualTo("URGENT");
    }

    /**
     * Loop protection: two workflows that undo each other on every tag change. The chain stops at the loop guard,
     * the stop is recorded, and the conversation ran at most twenty workflows in the minute.
     */
    @Test
    void twoWorkflowsThatTriggerEachOtherStopAndTheStopIsRecorded() {
        String onlyLoopLine = """
                "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]}""".formatted(loopLineId);
        create("""
                {"name": "%s", "triggers": [{"type": "TAG_CHANGED"}], %s,
                 "actions": [{"type": "ADD_TAGS", "tags": ["%s"]}, {"type": "REMOVE_TAGS", "tags": ["%s"]}]}""".formatted(unique("ping"), onlyLoopLine, a, b));
        create("""
                {"name": "%s", "triggers": [{"type": "TAG_CHANGED"}], %s,
                 "actions": [{"type": "ADD_TAGS", "tags": ["%s"]}, {"type": "REMOVE_TAGS", "tags": ["%s"]}]}""".formatted(unique("pong"), onlyLoopLine, b, a));
        long conversation = inbound(phone(), loopLine, "hi");
        assertThat(request("POST", API + "/conversations/" + conversation + "/tags", supervisor, JSON, """
                        {"tag": "%s"}""".formatted(
                                        vip))
                        .status())
                .isEqualTo(200);

        List<JsonObject> runs = awaitStop(conversation);
        long ran =
                runs.stream().filter(r -> r.getString("outcome").equals("RAN")).count();
        assertThat(ran).isBetween(2L, 20L);
        assertThat(runs)
                .filteredOn(r -> r.getString("outcome").equals("STOPPED"))
                .first()
                .satisfies(r -> assertThat(r.getString("reason")).startsWith("stopped"));
    }

    /** Guide: "If you add the 'Close conversation' action ... no other actions can follow this one." */
    @Test
    void refusalsNameTheFieldAndStoreNothing() {
        int before = get(API + "/workflows", supervisor).jsonArray().size();
        String solved = "\"triggers\": [{\"type\": \"STATUS_CHANGED\", \"to\": \"SOLVED\"}]";
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "CLOSE"}, {"type": "ADD_TAGS", "tags": ["%s"]}]}""".formatted(solved, vip)), "actions[0]");
        assertField(post("""
                {"name": "x", "triggers": [{"type": "WAITING_FOR", "after": "PT5S"}], "actions": [{"type": "CLOSE"}]}"""), "triggers[0].after");
        assertField(post("""
                {"name": "x", "triggers": [{"type": "WAITING_FOR", "after": "soon"}], "actions": [{"type": "CLOSE"}]}"""), "triggers[0].after");
        assertField(post("""
                {"name": "x", "triggers": [{"type": "STATUS_CHANGED", "to": "CLOSED"}], "actions": [{"type": "CLOSE"}]}"""), "triggers[0].to");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "SEND_MESSAGE", "text": "%s"}]}""".formatted(solved, "x".repeat(1001))), "actions[0].text");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "SEND_MESSAGE", "text": "{{message.content}}"}]}""".formatted(solved)), "actions[0].text");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "ADD_TAGS", "tags": ["no-such-tag-anywhere"]}]}""".formatted(solved)), "actions[0].tags[0]");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "TELEPORT"}]}""".formatted(solved)), "actions[0].type");
        assertField(post("""
                {"name": "x", %s, "conditions": {"join": "AND", "conditions": [
                  {"attribute": "conversation.channel", "operator": "IS", "value": "SMS"},
                  {"attribute": "conversation.channel", "operator": "IS", "value": "EMAIL"}]},
                 "actions": [{"type": "CLOSE"}]}""".formatted(solved)), "conditions.conditions[1].attribute");
        assertField(post("{\"name\": \"x\", " + solved + ", \"actions\": []}"), "actions");
        assertThat(get(API + "/workflows", supervisor).jsonArray().size()).isEqualTo(before);
    }

    @Test
    void workflowsKeepTheirOrderAndOnlySupervisorsChangeThem() {
        String solved = "\"triggers\": [{\"type\": \"STATUS_CHANGED\", \"to\": \"SOLVED\"}]";
        String onlyLoopLine = """
                "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]}""".formatted(loopLineId);
        long first = create("{\"name\": \"%s\", %s, %s, \"enabled\": false, \"actions\": [{\"type\": \"UNASSIGN\"}]}"
                .formatted(unique("first"), solved, onlyLoopLine));
        long second = create("{\"name\": \"%s\", %s, %s, \"enabled\": false, \"actions\": [{\"type\": \"UNASSIGN\"}]}"
                .formatted(unique("second"), solved, onlyLoopLine));
        JsonArray moved = request("PUT", API + "/workflows/" + second + "/position", supervisor, JSON, """
                {"position": 1}""")
                .jsonArray();
        assertThat(moved.getJsonObject(0).getInt("id")).isEqualTo((int) second);
        assertThat(get(API + "/workflows/" + first, supervisor).json().getInt("position"))
                .isGreaterThan(1);
        JsonObject view = get(API + "/workflows/" + second, supervisor).json();
        assertThat(view.getBoolean("enabled")).isFalse();
        assertThat(view.getJsonArray("triggers").getJsonObject(0).getString("to"))
                .isEqualTo("SOLVED");

        String manager = bearer(createApiKey(unique("wf-mgr"), "MANAGER"));
        String agent = bearer(createApiKey(unique("wf-agt"), "AGENT"));
        assertThat(get(API + "/workflows", manager).status()).isEqualTo(200);
        assertThat(get(API + "/workflows", agent).status()).isEqualTo(403);
        assertThat(request("PUT", API + "/workflows/" + first + "/enabled", manager, JSON, "{\"enabled\": true}")
                        .status())
                .isEqualTo(403);
        assertThat(get(API + "/workflows/" + first, supervisor).json().getBoolean("enabled"))
                .isFalse();
    }

    /**
     * Guide: "Conversation form changed: Triggers a workflow when an agent changes the conversation form"; "Form field
     * updated: Triggers a workflow when any form value has been updated"; "Form fields input ... trigger the workflow
     * based on a specific value updated in a specific form field"; "Conversation form ... If any of the Conversation
     * forms is/is not assigned to the conversation". Each real change runs its workflow once; a change that changes
     * nothing runs none (loop protection).
     */
    @Test
    void formChangesRunWorkflowsOncePerRealChangeAndWorkflowConditionsFilter() {
        String formLine = phone();
        long formLineId = ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(formLine)))
                .getInt("id");
        long field = ReachIT.created(
                        request("POST", API + "/form-fields", supervisor, JSON, """
                        {"name": "%s", "type": "TEXT"}""".formatted(unique("wf-reason"))))
                .getInt("id");
        // Made first: should no form exist yet, this one is the default, and choosing the next is a change.
        long fallback = ReachIT.created(
                        request("POST", API + "/forms", supervisor, JSON, """
                        {"name": "%s", "fields": [{"fieldId": %d}]}""".formatted(unique("wf-fallback"), field)))
                .getInt("id");
        long form = ReachIT.created(
                        request("POST", API + "/forms", supervisor, JSON, """
                        {"name": "%s", "fields": [{"fieldId": %d}]}""".formatted(unique("wf-form"), field)))
                .getInt("id");
        String refund = tag(unique("wf-refund"));
        String formed = tag(unique("wf-formed"));
        try {
            create("""
                    {"name": "%s", "triggers": [{"type": "FORM_FIELD_UPDATED"}],
                     "conditions": {"join": "AND", "conditions": [
                       {"attribute": "conversation.to", "operator": "IS", "value": "%d"},
                       {"attribute": "form.field.%d", "operator": "IS", "value": "refund"},
                       {"attribute": "conversation.direction", "operator": "IS", "value": "INBOUND"},
                       {"attribute": "conversation.status", "operator": "NOT_IN_LIST", "value": "SOLVED"}]},
                     "actions": [{"type": "ADD_TAGS", "tags": ["%s"]}]}""".formatted(unique("wf-field"), formLineId, field, refund));
            create("""
                    {"name": "%s", "triggers": [{"type": "FORM_CHANGED"}],
                     "conditions": {"join": "AND", "conditions": [
                       {"attribute": "conversation.to", "operator": "IS", "value": "%d"},
                       {"attribute": "conversation.form", "operator": "IN_LIST", "value": "%d"}]},
                     "actions": [{"type": "ADD_TAGS", "tags": ["%s"]}]}""".formatted(unique("wf-form-changed"), formLineId, form, formed));
            // Routing cannot test what only workflows know.
            assertField(
                    request("POST", API + "/routes", supervisor, JSON, """
                            {"name": "%s", "queueId": 1, "conditions": {"join": "AND", "conditions": [
                              {"attribute": "conversation.status", "operator": "IN_LIST", "value": "OPEN"}]}}""".formatted(unique("wf-route"))),
                    "conditions.conditions[0].attribute");

            // Other tests' message workflows may record skips here too: only the form triggers' runs count.
            long conversation = inbound(phone(), formLine, "about my order");
            assertThat(fillForm(conversation, """
                    {"values": {"%d": "other"}}""".formatted(field))).isEqualTo(200);
            assertThat(formRuns(conversation, 1).get(0)).isEqualTo("FORM_FIELD_UPDATED SKIPPED");
            assertThat(fillForm(conversation, """
                    {"values": {"%d": "Refund"}}""".formatted(field))).isEqualTo(200);
            formRuns(conversation, 2);
            // The same value again, the same form again: no change, no run.
            assertThat(fillForm(conversation, """
                    {"values": {"%d": "Refund"}}""".formatted(field))).isEqualTo(200);
            assertThat(fillForm(conversation, """
                    {"formId": %d}""".formatted(form))).isEqualTo(200);
            formRuns(conversation, 3);
            assertThat(fillForm(conversation, """
                    {"formId": %d, "values": {"%d": "Refund"}}""".formatted(form, field))).isEqualTo(200);
            sleep();
            assertThat(formRuns(conversation, 3))
                    .containsExactly("FORM_FIELD_UPDATED SKIPPED", "FORM_FIELD_UPDATED RAN", "FORM_CHANGED RAN");
            assertThat(get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                            .jsonArray()
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(r -> r.getString("trigger").equals("FORM_FIELD_UPDATED"))
                            .findFirst()
                            .orElseThrow()
                            .getString("reason"))
                    .contains("form.field." + field);
            assertThat(get(API + "/conversations/" + conversation, supervisor)
                            .json()
                            .getJsonArray("tags")
                            .toString())
                    .contains(refund)
                    .contains(formed);
        } finally {
            request("DELETE", API + "/forms/" + form, supervisor, null, null);
            request("DELETE", API + "/forms/" + fallback, supervisor, null, null);
            request("DELETE", API + "/form-fields/" + field, supervisor, null, null);
        }
    }

    /** The runs of the form triggers on the conversation ("FORM_CHANGED RAN"), once there are at least so many. */
    private static List<String> formRuns(long conversation, int atLeast) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        List<String> runs;
        do {
            runs = get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                    .jsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(r -> r.getString("trigger").startsWith("FORM_"))
                    .map(r -> r.getString("trigger") + " " + r.getString("outcome"))
                    .toList();
            if (runs.size() >= atLeast) {
                return runs;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("fewer than " + atLeast + " form workflow runs on " + conversation + ": " + runs);
    }

    private static int fillForm(long conversation, String body) {
        TestServer.Reply reply =
                request("PUT", API + "/conversations/" + conversation + "/form", supervisor, JSON, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.status();
    }

    private static TestServer.Reply post(String body) {
        return request("POST", API + "/workflows", supervisor, JSON, body);
    }

    private static long create(String body) {
        long id = ReachIT.created(post(body)).getInt("id");
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
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no workflow run recorded on conversation " + conversation + ": " + runs);
    }

    // The chain runs on the thread of the change; it is over when a stop is recorded and the list stays the same.
    private static List<JsonObject> awaitStop(long conversation) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            String body = get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                    .body();
            if (body.contains("STOPPED") && body.equals(last)) {
                return Json.createReader(new StringReader(body)).readArray().getValuesAs(JsonObject.class);
            }
            last = body;
            sleep();
        }
        throw new AssertionError("the chain did not stop: " + last);
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String tag(String name) {
        ReachIT.created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(name)));
        return name;
    }

    private static long inbound(String customer, String to, String text) {
        return ReachIT.created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(customer, to, text)))
                .getInt("conversationId");
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
