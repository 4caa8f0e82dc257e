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
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Macros over HTTP: supervisors define them, agents find and apply the ones available in the conversation's queue;
 * the actions run in order, all or nothing. The guide: "changing the conversation status to Solved cannot occur
 * before assigning a form to the conversation. The proper sequence should be to first set the form for the
 * conversation, fill in the form data, and then proceed to change the status to Solved." What it makes is deleted at
 * the end; its form with a mandatory field is never the default, so other tests' conversations still close.
 */
class MacrosIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";
    private static String supervisor;
    private static String line;
    private static long lineId;
    private static long queue;
    private static String tag;
    private static long orderNumber;
    private static long returns;
    private static Long plainDefault;
    private static final List<Long> MACROS = new ArrayList<>();
    private static final List<Long> MACRO_TAGS = new ArrayList<>();

    @BeforeAll
    static void aLineAQueueATagAndAFormWithAMandatoryField() {
        supervisor = bearer(createApiKey(unique("macros-admin"), "ACCOUNT_MANAGER"));
        line = phone();
        lineId = id(created(post("/senders", """
                {"channel": "SMS", "address": "%s"}""".formatted(line))));
        queue = id(created(post("/queues", """
                {"name": "%s", "autoAssignment": "OFF"}""".formatted(unique("Macros")))));
        tag = unique("escalated");
        created(post("/tags", """
                {"name": "%s"}""".formatted(tag)));
        orderNumber = id(created(post("/form-fields", """
                {"name": "%s", "type": "REGEX", "pattern": "[0-9]{6}"}""".formatted(unique("Order number")))));
        // The first form is the default whatever it says: make sure a plain one holds that place.
        if (get(API + "/forms", supervisor).jsonArray().isEmpty()) {
            plainDefault = id(created(post("/forms", """
                    {"name": "%s", "isDefault": true}""".formatted(unique("Plain")))));
        }
        returns = id(created(post("/forms", """
                {"name": "%s", "fields": [{"fieldId": %d, "mandatory": true}]}""".formatted(unique("Returns"), orderNumber))));
    }

    @AfterAll
    static void deleteWhatWasMade() {
        MACROS.forEach(id -> request("DELETE", API + "/macros/" + id, supervisor, null, null));
        MACRO_TAGS.forEach(id -> request("DELETE", API + "/macro-tags/" + id, supervisor, null, null));
        request("DELETE", API + "/forms/" + returns, supervisor, null, null);
        if (plainDefault != null) {
            request("DELETE", API + "/forms/" + plainDefault, supervisor, null, null);
        }
        request("DELETE", API + "/form-fields/" + orderNumber, supervisor, null, null);
    }

    @Test
    void theIssuesEscalateExampleIsCreatedReadAndApplied() {
        JsonObject macro = created(post("/macros", """
                {"name": "%s", "availability": "ALL",
                 "actions": [{"type": "SET_PRIORITY", "priority": "HIGH"}, {"type": "ADD_TAGS", "tags": ["%s"]}]}""".formatted(unique("Escalate"), tag)));
        MACROS.add(id(macro));
        assertThat(macro.getJsonArray("actions").getJsonObject(0).getString("priority"))
                .isEqualTo("HIGH");
        assertThat(macro.getJsonArray("warnings")).isEmpty();

        long conversation = inbound();
        TestServer.Reply applied = apply(conversation, id(macro), supervisor);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        // No template action: nothing for the composer.
        assertThat(applied.json().getOrDefault("template", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
        assertThat(applied.json().getJsonArray("done")).hasSize(2);
        JsonObject after = conversation(conversation);
        assertThat(after.getString("priority")).isEqualTo("HIGH");
        assertThat(names(after.getJsonArray("tags"))).contains(tag);
    }

    @Test
    void theGuidesOrderFormThenValuesThenSolvedSucceedsAndTheChannelsTemplateIsReturned() {
        long macro = id(created(post("/macros", """
                {"name": "%s",
                 "actions": [{"type": "SET_FORM", "formId": %d},
                             {"type": "SET_FORM_FIELDS", "values": {"%d": "123456"}},
                             {"type": "TEMPLATE", "templates": {"SMS": "Your return is on its way.", "EMAIL": "Dear customer,"}},
                             {"type": "SET_STATUS", "status": "SOLVED"}]}""".formatted(unique("Return done"), returns, orderNumber))));
        MACROS.add(macro);
        long conversation = inbound();
        TestServer.Reply applied = apply(conversation, macro, supervisor);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        // The guide: "the system automatically detects which channel the agent is in ... applies the proper template".
        assertThat(applied.json().getString("template")).isEqualTo("Your return is on its way.");
        assertThat(conversation(conversation).getString("status")).isEqualTo("SOLVED");
        JsonObject form = get(API + "/conversations/" + conversation + "/form", supervisor)
                .json();
        assertThat(form.getJsonNumber("formId").longValue()).isEqualTo(returns);
        assertThat(form.getJsonObject("values").getString(String.valueOf(orderNumber)))
                .isEqualTo("123456");
        // The template is for the composer: nothing was sent.
        assertThat(get(API + "/conversations/" + conversation + "/messages", supervisor)
                        .body())
                .doesNotContain("Your return is on its way.");
    }

    @Test
    void solvedBeforeTheMandatoryFieldIsFilledIsWarnedAndRefusedAndNothingIsApplied() {
        JsonObject macro = created(post("/macros", """
                {"name": "%s",
                 "actions": [{"type": "SET_PRIORITY", "priority": "URGENT"},
                             {"type": "ADD_TAGS", "tags": ["%s"]},
                             {"type": "SET_FORM", "formId": %d},
                             {"type": "SET_STATUS", "status": "SOLVED"},
                             {"type": "SET_FORM_FIELDS", "values": {"%d": "123456"}}]}""".formatted(unique("Too early"), tag, returns, orderNumber)));
        MACROS.add(id(macro));
        // The editor's warning: saved, but the order cannot succeed.
        assertThat(macro.getJsonArray("warnings").getString(0))
                .contains("action 5")
                .contains("Solved");

        long conversation = inbound();
        TestServer.Reply refused = apply(conversation, id(macro), supervisor);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonArray errors = refused.json().getJsonArray("errors");
        assertThat(errors.getJsonObject(0).getString("field")).isEqualTo("actions[3]");
        assertThat(errors.getJsonObject(0).getString("reason"))
                .contains("Set the status")
                .contains("nothing was applied");
        assertThat(refused.json().getString("detail")).startsWith("action 4 (Set the status)");
        assertThat(errors.getJsonObject(1).getString("field")).isEqualTo("values." + orderNumber);

        JsonObject after = conversation(conversation);
        assertThat(after.getString("status")).isEqualTo("OPEN");
        assertThat(after.getString("priority")).isNotEqualTo("URGENT");
        assertThat(names(after.getJsonArray("tags"))).doesNotContain(tag);
        assertThat(get(API + "/conversations/" + conversation + "/form", supervisor)
                        .json()
                        .getBoolean("chosen"))
                .isFalse();
    }

    @Test
    void onlyAgentsOfTheSelectedQueuesSeeAndApplyTheMacro() {
        String anaName = unique("macros-ana");
        agent(anaName, "[" + queue + "]");
        String ana = basic(anaName, PASSWORD);
        String ivoName = unique("macros-ivo");
        agent(ivoName, "[]");
        String ivo = basic(ivoName, PASSWORD);
        long forQueue = id(created(post("/macros", """
                {"name": "%s", "availability": "QUEUES", "queueIds": [%d],
                 "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(unique("Queue only"), queue))));
        MACROS.add(forQueue);
        long forAll = id(created(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_PRIORITY", "priority": "NORMAL"}]}""".formatted(unique("For all")))));
        MACROS.add(forAll);

        assertThat(ids(get(API + "/macros", ana).json().getJsonArray("items"))).contains(forQueue, forAll);
        assertThat(ids(get(API + "/macros", ivo).json().getJsonArray("items")))
                .contains(forAll)
                .doesNotContain(forQueue);
        assertThat(get(API + "/macros/" + forQueue, ivo).status()).isEqualTo(404);

        // In the Default queue the queue's macro is not available, even to Ana.
        long conversation = inbound();
        assertThat(ids(get(API + "/macros?conversationId=" + conversation, ana)
                        .json()
                        .getJsonArray("items")))
                .contains(forAll)
                .doesNotContain(forQueue);
        TestServer.Reply refused = apply(conversation, forQueue, ana);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("macroId");

        assertThat(request("PUT", API + "/conversations/" + conversation + "/queue", supervisor, JSON, """
                {"queueId": %d}""".formatted(
                                        queue))
                        .status())
                .isEqualTo(200);
        assertThat(ids(get(API + "/macros?conversationId=" + conversation, ana)
                        .json()
                        .getJsonArray("items")))
                .contains(forQueue);
        TestServer.Reply applied = apply(conversation, forQueue, ana);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(conversation(conversation).getString("priority")).isEqualTo("LOW");
        // Ivo does not work in the queue: the conversation does not exist for him.
        assertThat(apply(conversation, forAll, ivo).status()).isEqualTo(404);
    }

    @Test
    void supervisorsWriteMacrosManagersReadThemAndAgentsCannotWrite() {
        String agentName = unique("macros-agent");
        agent(agentName, "[]");
        String asAgent = basic(agentName, PASSWORD);
        String manager = bearer(createApiKey(unique("macros-manager"), "MANAGER"));
        String analyst = bearer(createApiKey(unique("macros-analyst"), "ANALYTICS_MANAGER"));
        String body = """
                {"name": "%s", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(unique("Nope"));
        assertThat(request("POST", API + "/macros", asAgent, JSON, body).status())
                .isEqualTo(403);
        assertThat(request("POST", API + "/macros", manager, JSON, body).status())
                .isEqualTo(403);
        assertThat(request("POST", API + "/macro-tags", asAgent, JSON, "{\"name\": \"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(get(API + "/macros", manager).status()).isEqualTo(200);
        assertThat(get(API + "/macros", analyst).status()).isEqualTo(403);
        assertThat(get(API + "/macros", null).status()).isEqualTo(401);
    }

    @Test
    void badDefinitionsAreRefusedNamingTheFieldAndStoreNothing() {
        int before = get(API + "/macros", supervisor).json().getInt("total");
        assertField(post("/macros", """
                {"name": " ", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}"""), "name");
        assertField(post("/macros", """
                {"name": "%s", "availability": "QUEUES", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(unique("Bad"))), "queueIds");
        assertField(post("/macros", """
                {"name": "%s", "actions": []}""".formatted(unique("Bad"))), "actions");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}, {"type": "SET_STATUS", "status": "DONE"}]}""".formatted(unique("Bad"))), "actions[1].status");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "SEND_FAX"}]}""".formatted(unique("Bad"))), "actions[0].type");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "ADD_TAGS", "tags": ["%s"]}]}""".formatted(unique("Bad"), unique("no such tag"))), "actions[0].tags[0]");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_FORM", "formId": 999999999}]}""".formatted(unique("Bad"))), "actions[0].formId");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_FORM_FIELDS", "values": {"%d": "12"}}]}""".formatted(unique("Bad"), orderNumber)), "actions[0].values." + orderNumber);
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "TEMPLATE", "templates": {"FAX": "Hello"}}]}""".formatted(unique("Bad"))), "actions[0].templates.FAX");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "ASSIGN_AGENT", "agentId": 999999999}]}""".formatted(unique("Bad"))), "actions[0].agentId");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_QUEUE", "queueId": 999999999}]}""".formatted(unique("Bad"))), "actions[0].queueId");
        assertField(post("/macros", """
                {"name": "%s", "tagIds": [999999999], "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(unique("Bad"))), "tagIds[0]");
        assertField(get(API + "/macros?sort=SIDEWAYS", supervisor), "sort");

        JsonObject kept = created(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(unique("Taken"))));
        MACROS.add(id(kept));
        TestServer.Reply taken = post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(kept.getString("name")));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("name");
        assertThat(get(API + "/macros", supervisor).json().getInt("total")).isEqualTo(before + 1);
    }

    @Test
    void theListSearchesFiltersByMacroTagSortsDuplicatesAndDeletes() {
        long gold = id(created(post("/macro-tags", """
                {"name": "%s"}""".formatted(unique("Gold customer")))));
        MACRO_TAGS.add(gold);
        String prefix = unique("List");
        long first = id(created(post("/macros", """
                {"name": "%s A", "tagIds": [%d], "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(prefix, gold))));
        MACROS.add(first);
        long second = id(created(post("/macros", """
                {"name": "%s B", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(prefix))));
        MACROS.add(second);

        assertThat(ids(get(API + "/macros?search=" + prefix + "&sort=NAME_DESC", supervisor)
                        .json()
                        .getJsonArray("items")))
                .containsExactly(second, first);
        assertThat(ids(get(API + "/macros?search=" + prefix + "&sort=OLDEST", supervisor)
                        .json()
                        .getJsonArray("items")))
                .containsExactly(first, second);
        assertThat(ids(get(API + "/macros?tagId=" + gold, supervisor).json().getJsonArray("items")))
                .containsExactly(first);
        // Agents find macros by tag as well as by name.
        String goldName = get(API + "/macro-tags/" + gold, supervisor).json().getString("name");
        assertThat(ids(get(API + "/macros?search=" + goldName.replace(" ", "%20"), supervisor)
                        .json()
                        .getJsonArray("items")))
                .containsExactly(first);

        JsonObject copy = created(request("POST", API + "/macros/" + first + "/duplicate", supervisor, null, null));
        MACROS.add(id(copy));
        assertThat(copy.getString("name")).isEqualTo(prefix + " A (copy)");
        assertThat(copy.getJsonArray("tags")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(gold);
        assertThat(copy.getJsonArray("actions")).hasSize(1);

        // Renaming and deleting a macro tag; its macros lose it.
        assertThat(request("PUT", API + "/macro-tags/" + gold, supervisor, JSON, """
                {"name": "%s"}""".formatted(goldName + " macros"))
                        .status())
                .isEqualTo(200);
        assertThat(request("POST", API + "/macro-tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(goldName + " macros"))
                        .status())
                .isEqualTo(409);
        assertThat(request("DELETE", API + "/macro-tags/" + gold, supervisor, null, null)
                        .status())
                .isEqualTo(204);
        MACRO_TAGS.remove(gold);
        assertThat(get(API + "/macros/" + first, supervisor).json().getJsonArray("tags"))
                .isEmpty();

        assertThat(request("DELETE", API + "/macros/" + second, supervisor, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/macros/" + second, supervisor).status()).isEqualTo(404);
    }

    @Test
    void theTopicAndTheRecipientFieldAreFilledAndNothingIsSent() {
        // The guide's actions: "Set topic or email subject for conversation" and "Fill in recipient field (choose a
        // channel, and upon applying the macro, it will be utilized based on the sender previously selected; only
        // supported for SMS, Viber Business Messages, WhatsApp, and Email channel)".
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "FILL_RECIPIENT", "channel": "LIVE_CHAT", "senderId": %d}]}""".formatted(unique("Bad"), lineId)), "actions[0].channel");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "FILL_RECIPIENT", "channel": "EMAIL", "senderId": %d}]}""".formatted(unique("Bad"), lineId)), "actions[0].senderId");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_TOPIC", "topic": "%s"}]}""".formatted(unique("Bad"), "x".repeat(999))), "actions[0].topic");
        assertField(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}, {"type": "SET_TOPIC", "topic": " "}]}""".formatted(unique("Bad"))), "actions[1].topic");

        JsonObject macro = created(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_TOPIC", "topic": "Your return 42"},
                                           {"type": "FILL_RECIPIENT", "channel": "SMS", "senderId": %d}]}""".formatted(unique("Reply by SMS"), lineId)));
        MACROS.add(id(macro));
        assertThat(macro.getJsonArray("actions").getJsonObject(1).getString("channel"))
                .isEqualTo("SMS");
        String customer = phone();
        long conversation = inbound(customer);
        TestServer.Reply applied = apply(conversation, id(macro), supervisor);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        JsonObject recipient = applied.json().getJsonObject("recipient");
        assertThat(recipient.getString("address")).isEqualTo(customer);
        assertThat(recipient.getString("channel")).isEqualTo("SMS");
        assertThat(recipient.getJsonNumber("senderId").longValue()).isEqualTo(lineId);
        assertThat(conversation(conversation).getString("topic")).isEqualTo("Your return 42");
        assertThat(get(API + "/conversations/" + conversation + "/messages", supervisor)
                        .body())
                .doesNotContain("Your return 42");

        // The customer has no email address: the recipient cannot be filled, and the topic stays as it was.
        String emailLine = unique("macros") + "@example.com";
        long emailSender = id(created(post("/senders", """
                {"channel": "EMAIL", "address": "%s"}""".formatted(emailLine))));
        long byEmail = id(created(post("/macros", """
                {"name": "%s", "actions": [{"type": "SET_TOPIC", "topic": "Changed"},
                                           {"type": "FILL_RECIPIENT", "channel": "EMAIL", "senderId": %d}]}""".formatted(unique("Reply by email"), emailSender))));
        MACROS.add(byEmail);
        TestServer.Reply refused = apply(conversation, byEmail, supervisor);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("actions[1]");
        assertThat(refused.json().getString("detail")).contains("no email address");
        assertThat(conversation(conversation).getString("topic")).isEqualTo("Your return 42");
    }

    @Test
    void inactiveMacrosAreFilteredNotOfferedAndNotAppliedAndTheListIsPaged() {
        // The guide: "On the Macros page, you can filter them by: All, Tags, Status".
        String prefix = unique("Paged");
        long on = id(created(post("/macros", """
                {"name": "%s A", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(prefix))));
        MACROS.add(on);
        JsonObject off = created(post("/macros", """
                {"name": "%s B", "status": "INACTIVE", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(prefix)));
        MACROS.add(id(off));
        assertThat(off.getString("status")).isEqualTo("INACTIVE");
        assertThat(ids(page("?search=" + prefix + "&status=INACTIVE").getJsonArray("items")))
                .containsExactly(id(off));
        assertThat(ids(page("?search=" + prefix + "&status=active").getJsonArray("items")))
                .containsExactly(on);
        JsonObject second = page("?search=" + prefix + "&size=1&page=1");
        assertThat(ids(second.getJsonArray("items"))).containsExactly(id(off));
        assertThat(second.getInt("total")).isEqualTo(2);
        assertThat(second.getInt("size")).isEqualTo(1);
        assertField(get(API + "/macros?status=PAUSED", supervisor), "status");
        assertField(get(API + "/macros?size=0", supervisor), "size");
        assertField(post("/macros", """
                {"name": "%s", "status": "PAUSED", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(unique("Bad"))), "status");

        String agentName = unique("macros-off");
        agent(agentName, "[]");
        String asAgent = basic(agentName, PASSWORD);
        assertThat(ids(get(API + "/macros?search=" + prefix, asAgent).json().getJsonArray("items")))
                .containsExactly(on);
        assertThat(get(API + "/macros/" + id(off), asAgent).status()).isEqualTo(404);
        long conversation = inbound();
        assertThat(ids(get(API + "/macros?search=" + prefix + "&conversationId=" + conversation, supervisor)
                        .json()
                        .getJsonArray("items")))
                .containsExactly(on);
        TestServer.Reply refused = apply(conversation, id(off), supervisor);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("macroId");

        // Switched on again, it applies.
        assertThat(request("PUT", API + "/macros/" + id(off), supervisor, JSON, """
                {"name": "%s B", "status": "ACTIVE", "actions": [{"type": "SET_PRIORITY", "priority": "LOW"}]}""".formatted(prefix))
                        .status())
                .isEqualTo(200);
        assertThat(apply(conversation, id(off), supervisor).status()).isEqualTo(200);
    }

    private static JsonObject page(String query) {
        return get(API + "/macros" + query, supervisor).json();
    }

    private static void agent(String username, String queueIds) {
        long id = id(created(post("/agents", """
                {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": %s}""".formatted(username, username, PASSWORD, queueIds))));
        AgentStatusesInTests.setStatus(supervisor, id, "BUSY");
    }

    private static long inbound() {
        return inbound(phone());
    }

    private static long inbound(String from) {
        return created(request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "hello"}""".formatted(from, line)))
                .getJsonNumber("conversationId")
                .longValue();
    }

    private static TestServer.Reply apply(long conversation, long macro, String caller) {
        return request("POST", API + "/conversations/" + conversation + "/macros/" + macro, caller, null, null);
    }

    private static JsonObject conversation(long id) {
        return get(API + "/conversations/" + id, supervisor).json();
    }

    private static TestServer.Reply post(String path, String body) {
        return request("POST", API + path, supervisor, JSON, body);
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonArray array) {
        return array.stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static List<String> names(JsonArray array) {
        return array.stream()
                .map(v -> ((jakarta.json.JsonString) v).getString())
                .toList();
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
