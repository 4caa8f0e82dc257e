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

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conversation forms over HTTP: input fields of every type, forms with conditional fields, one default and a
 * trigger, a conversation's values checked by type, Solved and Closed refused while a shown mandatory field is empty,
 * merges, and who may do what. The forms it makes are deleted at the end, and the default form it makes has no
 * mandatory field, so other tests' conversations still close.
 */
class FormsIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";
    private static String supervisor;
    private static long line;
    private static String lineAddress;
    private static long reason;
    private static long order;
    private static long notes;
    private static long defaultForm;
    private static long returns;
    private static final List<Long> FORMS = new ArrayList<>();
    private static final List<Long> FIELDS = new ArrayList<>();

    @BeforeAll
    static void aLineWithItsReturnsForm() {
        supervisor = bearer(createApiKey(unique("forms-admin"), "ACCOUNT_MANAGER"));
        lineAddress = phone();
        line = ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(lineAddress)))
                .getJsonNumber("id")
                .longValue();
        reason = field("""
                {"name": "%s", "type": "DROPDOWN", "options": ["Return: Size", "Return:Colour", "Complaint"]}""");
        order = field("""
                {"name": "%s", "type": "REGEX", "pattern": "[0-9]{6}"}""");
        notes = field("""
                {"name": "%s", "type": "MULTI_LINE"}""");
        // The default form first (the first form is the default whatever it says); nothing mandatory on it.
        defaultForm = form("""
                {"name": "%s", "isDefault": true, "fields": [{"fieldId": %d}]}""".formatted("%s", notes));
        returns = form("""
                {"name": "%s",
                 "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                 "fields": [{"fieldId": %d, "mandatory": true},
                            {"fieldId": %d, "when": {"fieldId": %d, "value": "Return: Size"}},
                            {"fieldId": %d, "mandatory": true, "when": {"fieldId": %d, "value": "Complaint"}},
                            {"fieldId": %d}]}""".formatted("%s", line, reason, order, reason, order, reason, notes));
    }

    @AfterAll
    static void deleteWhatWasMade() {
        for (int i = FORMS.size() - 1; i >= 0; i--) {
            request("DELETE", API + "/forms/" + FORMS.get(i), supervisor, null, null);
        }
        for (long field : FIELDS) {
            request("DELETE", API + "/form-fields/" + field, supervisor, null, null);
        }
    }

    @Test
    void fieldsOfEveryTypeAreDefinedReadAndChanged() {
        for (String type : new String[] {"TEXT", "CHECKBOX", "WHOLE_NUMBER", "DECIMAL", "DATETIME"}) {
            field("""
                    {"name": "%s", "type": "TYPE"}""".replace("TYPE", type));
        }
        JsonObject dropdown = get(API + "/form-fields/" + reason, supervisor).json();
        assertThat(dropdown.getString("type")).isEqualTo("DROPDOWN");
        assertThat(dropdown.getJsonArray("options").getString(1)).isEqualTo("Return: Colour");
        String name = get(API + "/form-fields/" + order, supervisor).json().getString("name");
        assertThat(get(API + "/form-fields", supervisor).jsonArray().stream()
                        .map(v -> v.asJsonObject().getString("name")))
                .contains(name);

        TestServer.Reply renamed =
                request("PUT", API + "/form-fields/" + order, supervisor, JSON, """
                {"name": "%s", "type": "REGEX", "pattern": "[0-9]{6}"}""".formatted(name + " (6 digits)"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertField(request("PUT", API + "/form-fields/" + order, supervisor, JSON, """
                {"name": "x", "type": "TEXT"}"""), "type");
        assertThat(request("DELETE", API + "/form-fields/" + reason, supervisor, null, null)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void badFieldDefinitionsAreRefusedNamingTheFieldAndStoreNothing() {
        int before = get(API + "/form-fields", supervisor).jsonArray().size();
        String name = unique("Bad field");
        assertField(post("/form-fields", """
                {"name": "%s", "type": "REGEX", "pattern": "[0-9"}""".formatted(name)), "pattern");
        assertField(post("/form-fields", """
                {"name": "%s", "type": "REGEX"}""".formatted(name)), "pattern");
        assertField(post("/form-fields", """
                {"name": "%s", "type": "TEXT", "pattern": "x"}""".formatted(name)), "pattern");
        assertField(post("/form-fields", """
                {"name": "%s", "type": "DROPDOWN", "options": ["A", "B:"]}""".formatted(name)), "options[1]");
        assertField(post("/form-fields", """
                {"name": "%s", "type": "DROPDOWN"}""".formatted(name)), "options");
        assertField(post("/form-fields", """
                {"name": "%s", "type": "COLOUR"}""".formatted(name)), "type");
        assertField(post("/form-fields", """
                {"name": " ", "type": "TEXT"}"""), "name");
        String taken = get(API + "/form-fields/" + notes, supervisor).json().getString("name");
        assertThat(post("/form-fields", """
                {"name": "%s", "type": "TEXT"}""".formatted(taken)).status()).isEqualTo(409);
        assertThat(get(API + "/form-fields", supervisor).jsonArray()).hasSize(before);
    }

    @Test
    void aFormRefusesARepeatedPlainFieldButTakesARepeatedConditionalOne() {
        int before = get(API + "/forms", supervisor).jsonArray().size();
        assertField(post("/forms", """
                {"name": "%s", "fields": [{"fieldId": %d}, {"fieldId": %d}]}""".formatted(unique("Twice"), notes, notes)), "fields[1].fieldId");
        assertField(post("/forms", """
                {"name": "%s", "fields": [{"fieldId": %d}, {"fieldId": %d, "when": {"fieldId": %d, "value": "Shoes"}}]}""".formatted(unique("Bad value"), reason, notes, reason)), "fields[1].when.value");
        assertField(post("/forms", """
                {"name": "%s", "fields": [{"fieldId": %d, "when": {"fieldId": %d, "value": "Complaint"}}]}""".formatted(unique("Not on form"), notes, reason)), "fields[0].when.fieldId");
        assertField(post("/forms", """
                {"name": "%s", "fields": [{"fieldId": 999999999}]}""".formatted(unique("Unknown"))), "fields[0].fieldId");
        assertField(post("/forms", """
                {"name": "%s", "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.nope", "operator": "IS", "value": "1"}]}}""".formatted(unique("Bad trigger"))), "conditions.conditions[0].attribute");
        assertThat(get(API + "/forms", supervisor).jsonArray()).hasSize(before);

        JsonObject form = get(API + "/forms/" + returns, supervisor).json();
        JsonArray places = form.getJsonArray("fields");
        assertThat(places).hasSize(4);
        assertThat(places.getJsonObject(1).getJsonObject("when").getString("value"))
                .isEqualTo("Return: Size");
        assertThat(form.getBoolean("isDefault")).isFalse();
    }

    @Test
    void exactlyOneFormIsTheDefault() {
        long other = form("""
                {"name": "%s", "isDefault": true}""");
        assertThat(get(API + "/forms/" + other, supervisor).json().getBoolean("isDefault"))
                .isTrue();
        assertThat(get(API + "/forms/" + defaultForm, supervisor).json().getBoolean("isDefault"))
                .isFalse();
        String otherName = get(API + "/forms/" + other, supervisor).json().getString("name");
        assertField(request("PUT", API + "/forms/" + other, supervisor, JSON, """
                {"name": "%s", "isDefault": false}""".formatted(otherName)), "default");
        assertThat(request("DELETE", API + "/forms/" + other, supervisor, null, null)
                        .status())
                .isEqualTo(409);
        String defaultName =
                get(API + "/forms/" + defaultForm, supervisor).json().getString("name");
        TestServer.Reply back =
                request("PUT", API + "/forms/" + defaultForm, supervisor, JSON, """
                {"name": "%s", "isDefault": true, "fields": [{"fieldId": %d}]}""".formatted(defaultName, notes));
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(get(API + "/forms", supervisor).jsonArray().stream()
                        .filter(f -> f.asJsonObject().getBoolean("isDefault"))
                        .count())
                .isEqualTo(1);
        assertThat(request("DELETE", API + "/forms/" + other, supervisor, null, null)
                        .status())
                .isEqualTo(204);
        FORMS.remove(other);
    }

    @Test
    void theTriggerGivesTheFormAndOtherConversationsGetTheDefault() {
        JsonObject mine = form(inbound(phone(), lineAddress), supervisor).json();
        assertThat(mine.getJsonNumber("formId").longValue()).isEqualTo(returns);
        assertThat(mine.getBoolean("chosen")).isFalse();
        assertThat(mine.getJsonArray("fields")).hasSize(2);
        assertThat(mine.getJsonArray("missing").getJsonNumber(0).longValue()).isEqualTo(reason);

        String otherLine = phone();
        ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(otherLine)));
        long elsewhere = inbound(phone(), otherLine);
        assertThat(form(elsewhere, supervisor).json().getJsonNumber("formId").longValue())
                .isEqualTo(defaultForm);

        // An agent may choose another form: the choice sticks.
        TestServer.Reply chosen = fill(elsewhere, supervisor, """
                {"formId": %d}""".formatted(returns));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().getBoolean("chosen")).isTrue();
        assertThat(form(elsewhere, supervisor).json().getJsonNumber("formId").longValue())
                .isEqualTo(returns);
    }

    // Guide, "Conversation forms": "You can use the assigned forms and values entered in input fields to filter out
    // conversations in the All Work and the Reporting section."
    @Test
    void allWorkFiltersByTheAssignedFormAndByFieldValues() {
        String customer = phone();
        long onTheLine = inbound(customer, lineAddress);
        long person = get(API + "/conversations/" + onTheLine, supervisor)
                .json()
                .getJsonObject("person")
                .getJsonNumber("id")
                .longValue();
        String otherLine = phone();
        ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(otherLine)));
        long elsewhere = inbound(customer, otherLine);

        // The triggers assigned Returns to the line's conversation; the other one has the default form.
        assertThat(listed("person=" + person + "&form=" + returns)).containsExactly(onTheLine);
        assertThat(listed("person=" + person + "&form=" + defaultForm)).containsExactly(elsewhere);

        ok(fill(onTheLine, supervisor, """
                {"values": {"%d": "Return: Size"}}""".formatted(reason)));
        ok(fill(elsewhere, supervisor, """
                {"values": {"%d": "Complaint"}}""".formatted(reason)));
        // Any value in the field; a value ignoring case; an upper level of the dropdown takes in its sub-values.
        assertThat(listed("person=" + person + "&field=" + reason)).containsExactlyInAnyOrder(onTheLine, elsewhere);
        assertThat(listed("person=" + person + "&field=" + reason + "&fieldValue=complaint"))
                .containsExactly(elsewhere);
        assertThat(listed("person=" + person + "&field=" + reason + "&fieldValue=Return"))
                .containsExactly(onTheLine);
        assertThat(listed("person=" + person + "&field=" + reason + "&fieldValue=Ret"))
                .isEmpty();
        assertThat(listed("person=" + person + "&field=" + order)).isEmpty();
        // A value alone says nothing: refused, naming the parameter.
        assertField(get(API + "/conversations?fieldValue=Complaint", supervisor), "fieldValue");
        assertField(get(API + "/conversations?form=abc", supervisor), "form");
    }

    // Guide, "Conversation forms": "forms will be assigned when conversations from bots or flows are transferred to
    // an agent."
    @Test
    void aBotsHandoverAssignsTheFormItsTriggersNowGive() {
        String intent = unique("intent-refund");
        ReachIT.created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(intent)));
        long refunds = form("""
                {"name": "%s",
                 "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.tags", "operator": "IN_LIST", "value": "%s"}]},
                 "fields": [{"fieldId": %d}]}""".formatted("%s", intent, order));
        String otherLine = phone();
        ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(otherLine)));
        long conversation = inbound(phone(), otherLine);
        assertThat(form(conversation, supervisor).json().getJsonNumber("formId").longValue())
                .isEqualTo(defaultForm);

        // The bot learnt the intent and hands over with it: the trigger now holds, and the form is assigned.
        TestServer.Reply handover = request(
                "POST", API + "/conversations/" + conversation + "/route", supervisor, JSON, """
                {"tags": ["%s"]}""".formatted(intent));
        assertThat(handover.status()).as(handover.body()).isEqualTo(200);
        JsonObject after = form(conversation, supervisor).json();
        assertThat(after.getJsonNumber("formId").longValue()).isEqualTo(refunds);
        assertThat(after.getBoolean("chosen")).isFalse();
        assertThat(listed("form=" + refunds)).containsExactly(conversation);
    }

    private static List<Long> listed(String query) {
        TestServer.Reply page = get(API + "/conversations?size=100&" + query, supervisor);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void solvedAndClosedWaitForTheShownMandatoryFields() {
        long conversation = inbound(phone(), lineAddress);
        TestServer.Reply refused = status(conversation, "SOLVED");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("values." + reason);
        assertThat(status(conversation, "CLOSED").status()).isEqualTo(409);

        // A complaint shows the order number, mandatory there.
        ok(fill(conversation, supervisor, """
                {"values": {"%d": "Complaint"}}""".formatted(reason)));
        TestServer.Reply stillRefused = status(conversation, "SOLVED");
        assertThat(stillRefused.status()).isEqualTo(409);
        assertThat(stillRefused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("values." + order);
        assertThat(get(API + "/conversations/" + conversation, supervisor)
                        .json()
                        .getString("status"))
                .isEqualTo("OPEN");

        ok(fill(conversation, supervisor, """
                {"values": {"%d": "123456"}}""".formatted(order)));
        TestServer.Reply solved = status(conversation, "SOLVED");
        assertThat(solved.status()).as(solved.body()).isEqualTo(200);
        assertThat(form(conversation, supervisor).json().getJsonArray("missing"))
                .isEmpty();
    }

    @Test
    void valuesAreCheckedByTypeAllOrNothingAndKeptInNormalForm() {
        long conversation = inbound(phone(), lineAddress);
        assertField(fill(conversation, supervisor, """
                {"values": {"%d": "12345"}}""".formatted(order)), "values." + order);
        assertField(fill(conversation, supervisor, """
                {"values": {"%d": "Complaint", "%d": "Shoes"}}""".formatted(notes, reason)), "values." + reason);
        assertField(fill(conversation, supervisor, """
                {"values": {"999999999": "x"}}"""), "values.999999999");
        assertField(fill(conversation, supervisor, """
                {"values": {"seven": "x"}}"""), "values.seven");
        assertField(fill(conversation, supervisor, """
                {"formId": 999999999}"""), "formId");
        assertThat(fill(conversation, supervisor, """
                {"values": {"%d": 7}}""".formatted(notes)).status())
                .isEqualTo(400);
        JsonObject nothing = form(conversation, supervisor).json();
        assertThat(nothing.getJsonObject("values")).isEmpty();
        assertThat(nothing.getBoolean("chosen")).isFalse();

        JsonObject filled =
                fill(conversation, supervisor, """
                        {"values": {"%d": "Return :Size", "%d": "two\\nlines"}}""".formatted(reason, notes)).json();
        assertThat(filled.getJsonObject("values").getString(String.valueOf(reason)))
                .isEqualTo("Return: Size");
        // The order number shows for a return (not mandatory there).
        assertThat(filled.getJsonArray("fields").stream()
                        .map(f -> f.asJsonObject().getJsonNumber("fieldId").longValue()))
                .containsExactly(reason, order, notes);
        // The longest multi-line value is stored whole.
        TestServer.Reply longest =
                fill(conversation, supervisor, "{\"values\": {\"" + notes + "\": \"" + "x".repeat(10_000) + "\"}}");
        assertThat(longest.status()).as(longest.body()).isEqualTo(200);
        assertThat(longest.json().getJsonObject("values").getString(String.valueOf(notes)))
                .hasSize(10_000);
        // An empty text clears a value; a value the form does not show stays with the conversation.
        JsonObject cleared =
                fill(conversation, supervisor, """
                        {"values": {"%d": ""}}""".formatted(notes)).json();
        assertThat(cleared.getJsonObject("values").containsKey(String.valueOf(notes)))
                .isFalse();
    }

    @Test
    void aMergeBringsTheOtherConversationsValuesWhereThisOneHasNone() {
        String otherLine = phone();
        ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(otherLine)));
        String customer = phone();
        long kept = inbound(customer, lineAddress);
        long merged = inbound(customer, otherLine);
        ok(fill(kept, supervisor, """
                {"values": {"%d": "Complaint"}}""".formatted(reason)));
        ok(fill(merged, supervisor, """
                {"values": {"%d": "Return: Size", "%d": "654321"}}""".formatted(reason, order)));
        TestServer.Reply reply =
                request("POST", API + "/conversations/" + kept + "/merge", supervisor, JSON, """
                {"conversationId": %d}""".formatted(merged));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject values = form(kept, supervisor).json().getJsonObject("values");
        assertThat(values.getString(String.valueOf(reason))).isEqualTo("Complaint");
        assertThat(values.getString(String.valueOf(order))).isEqualTo("654321");
    }

    @Test
    void supervisorsDefineAndAgentsFillOnlyWhatTheyReach() {
        String anaName = unique("forms-ana");
        long ana = agent(anaName);
        String asAna = basic(anaName, PASSWORD);
        String analyst = bearer(createApiKey(unique("forms-analyst"), "ANALYTICS_MANAGER"));
        String manager = bearer(createApiKey(unique("forms-manager"), "MANAGER"));

        assertThat(request("POST", API + "/form-fields", asAna, JSON, """
                {"name": "%s", "type": "TEXT"}""".formatted(unique("Agent's")))
                        .status())
                .isEqualTo(403);
        assertThat(request("POST", API + "/forms", manager, JSON, """
                {"name": "%s"}""".formatted(unique("Manager's")))
                        .status())
                .isEqualTo(403);
        assertThat(get(API + "/forms", asAna).status()).isEqualTo(200);
        assertThat(get(API + "/form-fields", analyst).status()).isEqualTo(200);

        // Unassigned in the Default queue: within Ana's reach.
        long reachable = inbound(phone(), lineAddress);
        ok(fill(reachable, asAna, """
                {"values": {"%d": "Complaint", "%d": "111111"}}""".formatted(reason, order)));
        assertThat(form(reachable, manager).status()).isEqualTo(200);
        assertThat(form(reachable, analyst).status()).isEqualTo(403);
        assertThat(fill(reachable, analyst, "{}").status()).isEqualTo(403);
        assertThat(form(reachable, TestServer.gatewayKey()).status()).isEqualTo(403);
        assertThat(form(reachable, null).status()).isEqualTo(401);

        // Assigned to someone else: out of Ana's reach, as if it did not exist; nothing is stored.
        long ivo = agent(unique("forms-ivo"));
        long theirs = inbound(phone(), lineAddress);
        ok(request("PUT", API + "/conversations/" + theirs + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(ivo)));
        assertThat(form(theirs, asAna).status()).isEqualTo(404);
        assertThat(fill(theirs, asAna, """
                {"values": {"%d": "Complaint"}}""".formatted(reason)).status()).isEqualTo(404);
        assertThat(form(theirs, supervisor).json().getJsonObject("values")).isEmpty();
        assertThat(ana).isPositive();
    }

    private static long agent(String username) {
        long id = ReachIT.created(post("/agents", """
                        {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": []}""".formatted(username, username, PASSWORD)))
                .getJsonNumber("id")
                .longValue();
        AgentStatusesInTests.setStatus(supervisor, id, "BUSY");
        return id;
    }

    private static long field(String template) {
        long id = ReachIT.created(post("/form-fields", template.formatted(unique("Field"))))
                .getJsonNumber("id")
                .longValue();
        FIELDS.add(0, id);
        return id;
    }

    private static long form(String template) {
        long id = ReachIT.created(post("/forms", template.formatted(unique("Form"))))
                .getJsonNumber("id")
                .longValue();
        FORMS.add(id);
        return id;
    }

    private static TestServer.Reply post(String path, String body) {
        return request("POST", API + path, supervisor, JSON, body);
    }

    private static TestServer.Reply form(long conversation, String caller) {
        return get(API + "/conversations/" + conversation + "/form", caller);
    }

    private static TestServer.Reply fill(long conversation, String caller, String body) {
        return request("PUT", API + "/conversations/" + conversation + "/form", caller, JSON, body);
    }

    private static TestServer.Reply status(long conversation, String status) {
        return request(
                "PUT", API + "/conversations/" + conversation + "/status", supervisor, JSON, """
                {"status": "%s"}""".formatted(status));
    }

    private static long inbound(String customer, String to) {
        return ReachIT.created(
                        request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "hello"}""".formatted(customer, to)))
                .getJsonNumber("conversationId")
                .longValue();
    }

    private static void ok(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
