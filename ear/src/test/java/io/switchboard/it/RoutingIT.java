package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Routing end to end: the guide's Spanish and Premium routes on one destination number decide where real inbound
 * messages land, in the order the supervisor sets; disabled routes and bad routes; the route and test endpoints.
 * Every route here tests this class's own sender, so other tests' conversations are not routed by them.
 */
class RoutingIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String agent;
    // Handles the conversations these tests open in their own queues: out of an agent's reach.
    private static String handler;
    private static String language;
    private static String premium;
    private static long sender;
    private static String senderAddress;
    private static long spanishQueue;
    private static long premiumQueue;
    private static String spanishName;
    private static String premiumName;
    private static final List<Long> routes = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("routing-admin"), "ACCOUNT_MANAGER"));
        agent = bearer(createApiKey(unique("routing-agent"), "AGENT"));
        handler = bearer(createApiKey(unique("routing-handler"), "MANAGER"));
        language = unique("language").replace('-', '_');
        premium = unique("premium").replace('-', '_');
        created(request("POST", API + "/attributes", supervisor, JSON, """
                {"owner": "PERSON", "name": "%s", "type": "TEXT"}""".formatted(language)));
        created(request("POST", API + "/attributes", supervisor, JSON, """
                {"owner": "PERSON", "name": "%s", "type": "BOOLEAN"}""".formatted(premium)));
        senderAddress = phone();
        sender = created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(senderAddress)))
                .getInt("id");
        spanishName = unique("Spanish");
        premiumName = unique("Premium");
        spanishQueue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(spanishName)))
                .getInt("id");
        premiumQueue = created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(premiumName)))
                .getInt("id");
    }

    // Every test starts without this class's routes: they all test the same sender.
    @AfterEach
    void deleteRoutes() {
        routes.forEach(id -> request("DELETE", API + "/routes/" + id, supervisor, null, null));
        routes.clear();
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String phone() {
        return "+34" + ThreadLocalRandom.current().nextLong(600_000_000L, 699_999_999L);
    }

    private static String condition(String attribute, String operator, String value) {
        return """
                {"attribute": "%s", "operator": "%s", "value": "%s"}""".formatted(attribute, operator, value);
    }

    private static String route(String name, long queue, String priority, String... conditions) {
        return """
                {"name": "%s", "queueId": %s, "priority": "%s", "conditions": {"join": "AND", "conditions": [%s]}}""".formatted(name, queue, priority, String.join(", ", conditions));
    }

    private static long createRoute(String body) {
        long id = created(request("POST", API + "/routes", supervisor, JSON, body))
                .getInt("id");
        routes.add(id);
        return id;
    }

    /** The guide's two routes on this class's number: Spanish speakers, then premium customers. */
    private static long[] spanishThenPremium() {
        long spanish = createRoute(route(
                unique("Spanish route"),
                spanishQueue,
                "NORMAL",
                condition("conversation.to", "IS", String.valueOf(sender)),
                condition("person.custom." + language, "IS", "spanish")));
        long premiumRoute = createRoute(route(
                unique("Premium route"),
                premiumQueue,
                "HIGH",
                condition("conversation.to", "IS", String.valueOf(sender)),
                condition("person.custom." + premium, "IS", "true")));
        return new long[] {spanish, premiumRoute};
    }

    private static String customer(boolean spanish, boolean isPremium) {
        String address = phone();
        long person = created(request("POST", API + "/people", supervisor, JSON, """
                {"firstName": "Lucía", "customAttributes": {"%s": "%s", "%s": "%s"}}""".formatted(
                                language, (spanish ? "Spanish" : "English"), premium, isPremium)))
                .getInt("id");
        created(request("POST", API + "/people/" + person + "/contacts", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(address)));
        return address;
    }

    private static long write(String from) {
        return created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Hola, necesito ayuda"}""".formatted(from, senderAddress)))
                .getInt("conversationId");
    }

    private static JsonObject conversation(long id) {
        return get(API + "/conversations/" + id, handler).json();
    }

    private static void close(long conversation) {
        assertThat(request("PUT", API + "/conversations/" + conversation + "/status", handler, JSON, """
                {"status": "CLOSED"}""")
                        .status())
                .isEqualTo(200);
    }

    private static JsonObject lastDecision(long conversation) {
        TestServer.Reply reply = get(API + "/conversations/" + conversation + "/routing", handler);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonArray decisions = reply.jsonArray();
        return decisions.getJsonObject(decisions.size() - 1);
    }

    private static int positionOf(long route) {
        return get(API + "/routes/" + route, agent).json().getInt("position");
    }

    /**
     * The guide's "Sender queues" (the queues that talk from the message's sender) and the senders' addresses are
     * derived once per configuration revision on each server instance: a change counts for the very next message.
     */
    @Test
    void aChangeOfTheSendersQueuesOrOfItsAddressCountsForTheNextMessage() {
        createRoute(route(
                unique("Spanish line"),
                spanishQueue,
                "NORMAL",
                condition("conversation.to", "IS", String.valueOf(sender)),
                condition("senderQueues", "IN_LIST", String.valueOf(spanishQueue))));
        long before = write(phone());
        assertThat(conversation(before).getJsonObject("queue").getString("name"))
                .isNotEqualTo(spanishName);

        setSenders(spanishQueue, spanishName, String.valueOf(sender));
        try {
            long after = write(phone());
            assertThat(conversation(after).getJsonObject("queue").getString("name"))
                    .isEqualTo(spanishName);
        } finally {
            setSenders(spanishQueue, spanishName, "");
        }
        long again = write(phone());
        assertThat(conversation(again).getJsonObject("queue").getString("name")).isNotEqualTo(spanishName);

        // A new address: the old one is no sender's any more, at once.
        String oldAddress = senderAddress;
        String newAddress = phone();
        TestServer.Reply readdressed =
                request("PUT", API + "/senders/" + sender, supervisor, JSON, """
                {"address": "%s"}""".formatted(newAddress));
        assertThat(readdressed.status()).as(readdressed.body()).isEqualTo(200);
        senderAddress = newAddress;
        assertThat(write(phone())).isPositive();
        TestServer.Reply toOld =
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Hola"}""".formatted(phone(), oldAddress));
        assertField(toOld, "to");
    }

    private static void setSenders(long queue, String name, String senderIds) {
        TestServer.Reply reply =
                request("PUT", API + "/queues/" + queue, supervisor, JSON, """
                {"name": "%s", "senderIds": [%s]}""".formatted(name, senderIds));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void premiumBeforeSpanishSendsAPremiumSpanishSpeakerToPremiumAndReorderedToSpanish() {
        long[] created = spanishThenPremium();
        long spanish = created[0];
        long premiumRoute = created[1];
        String lucia = customer(true, true);

        long first = write(lucia);
        assertThat(conversation(first).getJsonObject("queue").getString("name")).isEqualTo(spanishName);
        assertThat(conversation(first).getString("priority")).isEqualTo("NORMAL");
        JsonObject decision = lastDecision(first);
        assertThat(decision.getBoolean("matched")).isTrue();
        assertThat(decision.getInt("routeId")).isEqualTo((int) spanish);
        assertThat(decision.getString("trigger")).isEqualTo("NEW_CONVERSATION");

        TestServer.Reply moved =
                request("PUT", API + "/routes/" + premiumRoute + "/position", supervisor, JSON, """
                {"position": %s}""".formatted(
                                positionOf(spanish)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(positionOf(premiumRoute)).isEqualTo(positionOf(spanish) - 1);
        List<Integer> positions = moved.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("position"))
                .toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates().first().isEqualTo(1);

        close(first);
        long second = write(lucia);
        assertThat(second).isNotEqualTo(first);
        assertThat(conversation(second).getJsonObject("queue").getString("name"))
                .isEqualTo(premiumName);
        assertThat(conversation(second).getString("priority")).isEqualTo("HIGH");
        assertThat(lastDecision(second).getInt("routeId")).isEqualTo((int) premiumRoute);

        // A Spanish speaker who is not premium passes Premium (its premium condition fails) and lands in Spanish.
        long spanishOnly = write(customer(true, false));
        assertThat(conversation(spanishOnly).getJsonObject("queue").getString("name"))
                .isEqualTo(spanishName);
        JsonObject miss = lastDecision(spanishOnly).getJsonArray("misses").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getInt("routeId") == premiumRoute)
                .findFirst()
                .orElseThrow();
        assertThat(miss.getString("path")).isEqualTo("conditions.conditions[1]");
        assertThat(miss.getString("failed")).contains(premium);

        // Disabled, Premium is never evaluated: the premium Spanish speaker lands in Spanish again.
        assertThat(request("PUT", API + "/routes/" + premiumRoute + "/enabled", supervisor, JSON, """
                {"enabled": false}""")
                        .json()
                        .getBoolean("enabled"))
                .isFalse();
        close(second);
        long third = write(lucia);
        assertThat(conversation(third).getJsonObject("queue").getString("name")).isEqualTo(spanishName);
        assertThat(lastDecision(third).getJsonArray("misses").getValuesAs(JsonObject.class))
                .noneMatch(m -> m.getInt("routeId") == premiumRoute);
        close(third);
        close(spanishOnly);
        request("DELETE", API + "/routes/" + spanish, supervisor, null, null);
        request("DELETE", API + "/routes/" + premiumRoute, supervisor, null, null);
    }

    @Test
    void withoutAMatchAConversationGoesToTheDefaultQueueAndTheRouteEndpointRoutesItAgain() {
        long[] created = spanishThenPremium();
        String address = phone();
        long conversation = write(address);
        JsonObject view = conversation(conversation);
        assertThat(view.getJsonObject("queue").getString("name")).isEqualTo("Default");
        assertThat(view.getString("priority")).isEqualTo("NORMAL");
        JsonObject decision = lastDecision(conversation);
        assertThat(decision.getBoolean("matched")).isFalse();
        assertThat(decision.getString("queueName")).isEqualTo("Default");
        assertThat(decision.getJsonArray("misses").getValuesAs(JsonObject.class))
                .anyMatch(m ->
                        m.getInt("routeId") == created[1] && m.getString("path").equals("conditions.conditions[1]"));

        // A bot talks to the customer and learns they are premium, then hands over to agents.
        long bot = created(request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "BOT", "name": "%s"}""".formatted(unique("Routing bot"))))
                .getInt("id");
        TestServer.Reply assigned =
                request("PUT", API + "/conversations/" + conversation + "/assignee", handler, JSON, """
                {"agentId": %s}""".formatted(bot));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        long person = view.getJsonObject("person").getInt("id");
        assertThat(request("PUT", API + "/people/" + person, supervisor, JSON, """
                {"customAttributes": {"%s": "true"}}""".formatted(premium))
                        .status())
                .isEqualTo(200);

        TestServer.Reply routed =
                request("POST", API + "/conversations/" + conversation + "/route", handler, null, null);
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        assertThat(routed.json().getInt("routeId")).isEqualTo((int) created[1]);
        assertThat(routed.json().getString("trigger")).isEqualTo("ROUTE_REQUEST");
        JsonObject after = conversation(conversation);
        assertThat(after.getJsonObject("queue").getString("name")).isEqualTo(premiumName);
        assertThat(after.getString("priority")).isEqualTo("HIGH");
        assertThat(after.containsKey("assignee") && !after.isNull("assignee")).isFalse();
        assertThat(get(API + "/conversations/" + conversation + "/routing", handler)
                        .jsonArray())
                .hasSize(2);

        close(conversation);
        assertThat(request("POST", API + "/conversations/" + conversation + "/route", handler, null, null)
                        .status())
                .isEqualTo(409);
        assertThat(request("POST", API + "/conversations/987654321/route", handler, null, null)
                        .status())
                .isEqualTo(404);
        request("DELETE", API + "/routes/" + created[0], supervisor, null, null);
        request("DELETE", API + "/routes/" + created[1], supervisor, null, null);
    }

    @Test
    void theTestEndpointAnswersWhichRouteWouldMatchAndWhyStoringNothing() {
        long[] created = spanishThenPremium();
        int routesBefore = get(API + "/routes", agent).jsonArray().size();
        TestServer.Reply reply =
                request("POST", API + "/routing/test", agent, JSON, """
                {
                    "message": {"channel": "SMS", "from": "+34600000001", "to": "%s", "text": "hola"},
                    "person": {"customAttributes": {"%s": "SPANISH", "%s": "false"}}
                }""".formatted(senderAddress, language, premium));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getInt("routeId")).isEqualTo((int) created[0]);
        assertThat(reply.json().getString("queueName")).isEqualTo(spanishName);

        TestServer.Reply none = request("POST", API + "/routing/test", agent, JSON, """
                {"message": {"channel": "SMS", "from": "+34600000001", "to": "%s"}}""".formatted(senderAddress));
        assertThat(none.json().getBoolean("matched")).isFalse();
        assertThat(none.json().getString("queueName")).isEqualTo("Default");
        assertThat(none.json().getString("priority")).isEqualTo("NORMAL");
        assertThat(none.json().getJsonArray("misses").getValuesAs(JsonObject.class))
                .anyMatch(m -> m.getInt("routeId") == created[0]);

        assertField(request("POST", API + "/routing/test", agent, JSON, """
                {"message": {"channel": "SMS", "to": "+0000"}}"""), "message.to");
        assertField(request("POST", API + "/routing/test", agent, JSON, """
                {"message": {"channel": "PIGEON", "to": "x"}}"""), "message.channel");
        assertThat(get(API + "/routes", agent).jsonArray()).hasSize(routesBefore);
        request("DELETE", API + "/routes/" + created[0], supervisor, null, null);
        request("DELETE", API + "/routes/" + created[1], supervisor, null, null);
    }

    @Test
    void badRoutesAreRefusedNamingTheConditionAndNothingIsStored() {
        int before = get(API + "/routes", agent).jsonArray().size();
        String to = condition("conversation.to", "IS", String.valueOf(sender));
        assertField(
                request(
                        "POST",
                        API + "/routes",
                        supervisor,
                        JSON,
                        route("Bad", spanishQueue, "LOW", to, condition("person.shoeSize", "IS", "42"))),
                "conditions.conditions[1].attribute");
        assertField(
                request(
                        "POST",
                        API + "/routes",
                        supervisor,
                        JSON,
                        route("Bad", spanishQueue, "LOW", to, condition("person.city", "BEFORE", "2026-01-01"))),
                "conditions.conditions[1].operator");
        assertField(
                request(
                        "POST",
                        API + "/routes",
                        supervisor,
                        JSON,
                        route("Bad", spanishQueue, "LOW", to, condition("person.birthDate", "BEFORE", "2026-02-30"))),
                "conditions.conditions[1].value");
        assertField(
                request(
                        "POST",
                        API + "/routes",
                        supervisor,
                        JSON,
                        route("Bad", spanishQueue, "LOW", to, condition("conversation.channel", "IS", "PIGEON"))),
                "conditions.conditions[1].value");
        assertField(
                request("POST", API + "/routes", supervisor, JSON, """
                {
                    "name": "Bad",
                    "queueId": %s,
                    "conditions": {
                        "join": "OR",
                        "conditions": [%s],
                        "groups": [{"join": "AND", "conditions": [%s, %s]}]
                    }
                }""".formatted(
                                spanishQueue, to, to, condition("senderQueues", "IN_LIST", "987654321"))),
                "conditions.groups[0].conditions[1].value");
        assertField(request("POST", API + "/routes", supervisor, JSON, route("Bad", 987654321, "LOW", to)), "queueId");
        assertField(
                request("POST", API + "/routes", supervisor, JSON, route("Bad", spanishQueue, "SOON", to)), "priority");
        assertField(request("POST", API + "/routes", supervisor, JSON, """
                {"name": "Bad", "queueId": %s}""".formatted(spanishQueue)), "conditions");
        assertThat(get(API + "/routes", agent).jsonArray()).hasSize(before);

        long id = createRoute(route(unique("Good"), spanishQueue, "LOW", to));
        assertField(
                request(
                        "PUT",
                        API + "/routes/" + id,
                        supervisor,
                        JSON,
                        route("Changed", spanishQueue, "LOW", condition("email.to", "IS", String.valueOf(sender)))),
                "conditions.conditions[0].operator");
        JsonObject unchanged = get(API + "/routes/" + id, agent).json();
        assertThat(unchanged.getString("name")).startsWith("Good");
        assertThat(unchanged
                        .getJsonObject("conditions")
                        .getJsonArray("conditions")
                        .getJsonObject(0)
                        .getString("attribute"))
                .isEqualTo("conversation.to");
        assertField(request("PUT", API + "/routes/" + id + "/position", supervisor, JSON, """
                {"position": 0}"""), "position");

        // A queue a route leads to stays until the route is changed.
        TestServer.Reply refused = request("DELETE", API + "/queues/" + spanishQueue, supervisor, null, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("route(s)");
        request("DELETE", API + "/routes/" + id, supervisor, null, null);
        assertThat(get(API + "/routes/" + id, agent).status()).isEqualTo(404);
    }

    @Test
    void onlySupervisorsChangeRoutesAndEveryoneReadsThem() {
        long id = createRoute(route(
                unique("Read me"), spanishQueue, "LOW", condition("conversation.to", "IS", String.valueOf(sender))));
        assertThat(get(API + "/routes", agent).status()).isEqualTo(200);
        assertThat(get(API + "/routes/" + id, agent).json().getBoolean("enabled"))
                .isTrue();
        JsonArray attributes = get(API + "/routes/attributes", agent).jsonArray();
        assertThat(attributes.getValuesAs(JsonObject.class))
                .anyMatch(a -> a.getString("key").equals("person.custom." + language));
        assertThat(request(
                                "POST",
                                API + "/routes",
                                agent,
                                JSON,
                                route(
                                        "Mine",
                                        spanishQueue,
                                        "LOW",
                                        condition("conversation.to", "IS", String.valueOf(sender))))
                        .status())
                .isEqualTo(403);
        assertThat(request("PUT", API + "/routes/" + id + "/position", agent, JSON, """
                {"position": 1}""")
                        .status())
                .isEqualTo(403);
        assertThat(request("PUT", API + "/routes/" + id + "/enabled", agent, JSON, """
                {"enabled": false}""")
                        .status())
                .isEqualTo(403);
        assertThat(request("DELETE", API + "/routes/" + id, agent, null, null).status())
                .isEqualTo(403);
        assertThat(get(API + "/routes", null).status()).isEqualTo(401);
    }
}
