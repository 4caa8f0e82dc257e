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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Working-hours periods, the queues that use them, and the away message outside working hours. */
class WorkingHoursIT {

    private static final String JSON = "application/json";
    private static final String OFFICE_DAYS = """
            "days": {"MONDAY": [{"start": "08:00", "end": "16:00"}], "TUESDAY": [{"start": "08:00", "end": "16:00"}],
                     "FRIDAY": [{"start": "22:00", "end": "02:00", "endsNextDay": true}]}""";
    private static String supervisor;
    private static String agent;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("hours-admin"), "ACCOUNT_MANAGER"));
        agent = bearer(createApiKey(unique("hours-agent"), "AGENT"));
    }

    static String period(String name, String extra) {
        return """
                {"name": "%s", "timeZone": "Europe/Zagreb"%s}""".formatted(name, (extra == null ? "" : ", " + extra));
    }

    static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static JsonObject defaultPeriod() {
        return get(API + "/working-hours", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getBoolean("defaultPeriod"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void createsAPeriodWithIntervalsHolidaysAndAwayMessage() {
        String name = unique("Office");
        JsonObject period =
                created(request("POST", API + "/working-hours", supervisor, JSON, period(name, OFFICE_DAYS + """
                        , "holidays": [{"name": "Christmas", "startDate": "2030-12-24", "endDate": "2030-12-26"}],
                        "awayMessage": "We are closed", "closeAfterAwayMessage": true""")));
        assertThat(period.getString("timeZone")).isEqualTo("Europe/Zagreb");
        assertThat(period.getJsonObject("days")
                        .getJsonArray("MONDAY")
                        .getJsonObject(0)
                        .getString("end"))
                .isEqualTo("16:00");
        assertThat(period.getJsonObject("days")
                        .getJsonArray("FRIDAY")
                        .getJsonObject(0)
                        .getBoolean("endsNextDay"))
                .isTrue();
        assertThat(period.getJsonObject("days").getJsonArray("SUNDAY")).isEmpty();
        assertThat(period.getJsonArray("holidays").getJsonObject(0).getString("endDate"))
                .isEqualTo("2030-12-26");
        assertThat(period.getBoolean("closeAfterAwayMessage")).isTrue();
        assertThat(period.getBoolean("defaultPeriod")).isFalse();

        JsonObject read =
                get(API + "/working-hours/" + period.getInt("id"), agent).json();
        assertThat(read.getString("awayMessage")).isEqualTo("We are closed");
        assertThat(request("DELETE", API + "/working-hours/" + period.getInt("id"), supervisor, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/working-hours/" + period.getInt("id"), agent).status())
                .isEqualTo(404);
    }

    @Test
    void refusesBadIntervalsAndHolidaysNamingTheField() {
        String url = API + "/working-hours";
        assertField(request("POST", url, supervisor, JSON, period(unique("Inverted"), """
                "days": {"MONDAY": [{"start": "08:00", "end": "12:00"}, {"start": "16:00", "end": "13:00"}]}""")), "days.MONDAY[1].end");
        assertField(request("POST", url, supervisor, JSON, period(unique("Overlap"), """
                "days": {"MONDAY": [{"start": "08:00", "end": "12:00"}, {"start": "11:00", "end": "13:00"}]}""")), "days.MONDAY[1]");
        assertField(request("POST", url, supervisor, JSON, period(unique("Holiday"), """
                "holidays": [{"startDate": "2030-12-26", "endDate": "2030-12-24"}]""")), "holidays[0].endDate");
        assertField(request("POST", url, supervisor, JSON, period(unique("Time"), """
                "days": {"MONDAY": [{"start": "8 am", "end": "12:00"}]}""")), "days.MONDAY[0].start");
        assertField(request("POST", url, supervisor, JSON, period(unique("Day"), """
                "days": {"MONDAYS": []}""")), "days.MONDAYS");
        assertField(request("POST", url, supervisor, JSON, """
                {"name": "%s", "timeZone": "Mars/Olympus"}""".formatted(unique("Zone"))), "timeZone");
        assertField(request("POST", url, supervisor, JSON, """
                {"timeZone": "UTC"}"""), "name");
    }

    @Test
    void onlySupervisorsChangePeriods() {
        assertThat(request("POST", API + "/working-hours", agent, JSON, period(unique("Agent's"), null))
                        .status())
                .isEqualTo(403);
        assertThat(get(API + "/working-hours", agent).status()).isEqualTo(200);
    }

    @Test
    void namesAreUnique() {
        String name = unique("Twice");
        JsonObject first = created(request("POST", API + "/working-hours", supervisor, JSON, period(name, null)));
        TestServer.Reply again = request("POST", API + "/working-hours", supervisor, JSON, period(name, null));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        request("DELETE", API + "/working-hours/" + first.getInt("id"), supervisor, null, null);
    }

    @Test
    void newQueuesGetTheDefaultAndKeepItWhenTheDefaultChanges() {
        JsonObject original = defaultPeriod();
        JsonObject before =
                created(request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s"}""".formatted(unique("Before"))));
        assertThat(before.getInt("workingHoursPeriodId")).isEqualTo(original.getInt("id"));

        JsonObject newDefault = created(request(
                "POST", API + "/working-hours", supervisor, JSON, period(unique("New default"), OFFICE_DAYS + """
                        , "defaultPeriod": true""")));
        try {
            assertThat(newDefault.getBoolean("defaultPeriod")).isTrue();
            assertThat(defaultPeriod().getInt("id")).isEqualTo(newDefault.getInt("id"));
            JsonObject after =
                    created(request("POST", API + "/queues", supervisor, JSON, """
                    {"name": "%s"}""".formatted(unique("After"))));
            assertThat(after.getInt("workingHoursPeriodId")).isEqualTo(newDefault.getInt("id"));
            assertThat(get(API + "/queues/" + before.getInt("id"), supervisor)
                            .json()
                            .getInt("workingHoursPeriodId"))
                    .isEqualTo(original.getInt("id"));

            TestServer.Reply inUse =
                    request("DELETE", API + "/working-hours/" + newDefault.getInt("id"), supervisor, null, null);
            assertThat(inUse.status()).as(inUse.body()).isEqualTo(409);
            assertThat(inUse.body()).contains("default");
            request("DELETE", API + "/queues/" + after.getInt("id"), supervisor, null, null);
        } finally {
            TestServer.Reply restored = request(
                    "PUT",
                    API + "/working-hours/" + original.getInt("id"),
                    supervisor,
                    JSON,
                    asRequest(original, true));
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        }
        assertThat(defaultPeriod().getInt("id")).isEqualTo(original.getInt("id"));
        assertThat(request("DELETE", API + "/working-hours/" + newDefault.getInt("id"), supervisor, null, null)
                        .status())
                .isEqualTo(204);
        request("DELETE", API + "/queues/" + before.getInt("id"), supervisor, null, null);
    }

    @Test
    void aPeriodAQueueUsesCannotBeDeleted() {
        JsonObject period =
                created(request("POST", API + "/working-hours", supervisor, JSON, period(unique("Used"), OFFICE_DAYS)));
        String queueName = unique("Uses hours");
        JsonObject queue = created(
                request("POST", API + "/queues", supervisor, JSON, """
                {"name": "%s", "workingHoursPeriodId": %s}""".formatted(queueName, period.getInt("id"))));
        assertThat(queue.getInt("workingHoursPeriodId")).isEqualTo(period.getInt("id"));

        TestServer.Reply refused =
                request("DELETE", API + "/working-hours/" + period.getInt("id"), supervisor, null, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains(queueName);

        JsonObject moved = request("PUT", API + "/queues/" + queue.getInt("id"), supervisor, JSON, """
                {"name": "%s", "workingHoursPeriodId": %s}""".formatted(
                                queueName, defaultPeriod().getInt("id")))
                .json();
        assertThat(moved.getInt("workingHoursPeriodId"))
                .isEqualTo(defaultPeriod().getInt("id"));
        assertField(
                request("PUT", API + "/queues/" + queue.getInt("id"), supervisor, JSON, """
                {"name": "%s", "workingHoursPeriodId": 987654321}""".formatted(queueName)),
                "workingHoursPeriodId");
        assertThat(request("DELETE", API + "/working-hours/" + period.getInt("id"), supervisor, null, null)
                        .status())
                .isEqualTo(204);
        request("DELETE", API + "/queues/" + queue.getInt("id"), supervisor, null, null);
    }

    @Test
    void theDefaultPeriodCannotBeDeletedOrDemotedDirectly() {
        JsonObject current = defaultPeriod();
        TestServer.Reply deleted =
                request("DELETE", API + "/working-hours/" + current.getInt("id"), supervisor, null, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(409);
        assertField(
                request(
                        "PUT",
                        API + "/working-hours/" + current.getInt("id"),
                        supervisor,
                        JSON,
                        asRequest(current, false)),
                "defaultPeriod");
    }

    @Test
    void aNewConversationOutsideWorkingHoursGetsTheAwayMessageOnceAndIsClosed() {
        String sender = smsSender("+385", "Hours line");
        String gateway = bearer(createApiKey(unique("hours-gateway"), "GATEWAY", "MANAGER"));
        JsonObject defaultQueue = defaultQueue();
        // No day has working time: always outside working hours.
        JsonObject closed =
                created(request("POST", API + "/working-hours", supervisor, JSON, period(unique("Never open"), """
                        "awayMessage": "We are out of office"
                        """)));
        JsonObject closing = created(
                request("POST", API + "/working-hours", supervisor, JSON, period(unique("Never open, closing"), """
                        "awayMessage": "Closed: call us tomorrow", "closeAfterAwayMessage": true""")));
        try {
            useHours(defaultQueue, closed.getInt("id"));
            String customer = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
            long conversation = intake(gateway, customer, sender, "Hello?").getInt("conversationId");
            intake(gateway, customer, sender, "Anyone there?");
            List<JsonObject> messages = messagesOf(gateway, conversation);
            assertThat(messages)
                    .extracting(m -> m.getString("authorKind"))
                    .containsExactly("CUSTOMER", "AUTOMATION", "CUSTOMER");
            JsonObject away = messages.get(1);
            assertThat(away.getString("direction")).isEqualTo("OUTBOUND");
            assertThat(away.getString("text")).isEqualTo("We are out of office");
            assertThat(away.getString("channel")).isEqualTo("SMS");
            assertThat(away.getString("to")).isEqualTo(customer);
            assertThat(away.getString("from")).isEqualTo(sender);
            assertThat(get(API + "/conversations/" + conversation, gateway)
                            .json()
                            .getString("status"))
                    .isEqualTo("OPEN");

            useHours(defaultQueue, closing.getInt("id"));
            String other = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
            long closedConversation = intake(gateway, other, sender, "Hi").getInt("conversationId");
            assertThat(messagesOf(gateway, closedConversation))
                    .extracting(m -> m.getString("text"))
                    .containsExactly("Hi", "Closed: call us tomorrow");
            assertThat(get(API + "/conversations/" + closedConversation, gateway)
                            .json()
                            .getString("status"))
                    .isEqualTo("CLOSED");
            // The customer writes again: a new conversation, and a new away message.
            long next = intake(gateway, other, sender, "Hello again").getInt("conversationId");
            assertThat(next).isNotEqualTo(closedConversation);
            assertThat(messagesOf(gateway, next)).hasSize(2);

            // Inside working hours (the default, around the clock) nothing is sent.
            useHours(defaultQueue, defaultPeriod().getInt("id"));
            String third = "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
            long open = intake(gateway, third, sender, "Hi there").getInt("conversationId");
            assertThat(messagesOf(gateway, open)).hasSize(1);
        } finally {
            useHours(defaultQueue, defaultPeriod().getInt("id"));
        }
        request("DELETE", API + "/working-hours/" + closed.getInt("id"), supervisor, null, null);
        request("DELETE", API + "/working-hours/" + closing.getInt("id"), supervisor, null, null);
    }

    /**
     * An edit of a period's hours counts for the very next conversation: the message path keeps each period's
     * calendar under the configuration's revision, and an edit of the intervals alone must move that revision.
     */
    @Test
    void editedHoursCountForTheNextConversationAtOnce() {
        String sender = smsSender("+386", "Edited hours line");
        String gateway = bearer(createApiKey(unique("edited-hours-gateway"), "GATEWAY", "MANAGER"));
        JsonObject defaultQueue = defaultQueue();
        String name = unique("Closed, then open");
        JsonObject never = created(request("POST", API + "/working-hours", supervisor, JSON, period(name, """
                "awayMessage": "Out of office for now"
                """)));
        try {
            useHours(defaultQueue, never.getInt("id"));
            long first = intake(
                            gateway,
                            "+386" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L),
                            sender,
                            "Hello?")
                    .getInt("conversationId");
            assertThat(messagesOf(gateway, first))
                    .extracting(m -> m.getString("text"))
                    .containsExactly("Hello?", "Out of office for now");

            // Only the days change: the same period, now with the default period's hours (around the clock).
            JsonObject around = defaultPeriod();
            TestServer.Reply edited =
                    request("PUT", API + "/working-hours/" + never.getInt("id"), supervisor, JSON, """
                    {"name": "%s", "timeZone": "%s", "days": %s, "holidays": %s, "awayMessage": "Out of office for now"}""".formatted(
                                    name,
                                    around.getString("timeZone"),
                                    around.getJsonObject("days"),
                                    around.getJsonArray("holidays")));
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);

            long second = intake(
                            gateway,
                            "+386" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L),
                            sender,
                            "Hello again?")
                    .getInt("conversationId");
            assertThat(messagesOf(gateway, second))
                    .extracting(m -> m.getString("text"))
                    .containsExactly("Hello again?");
        } finally {
            useHours(defaultQueue, defaultPeriod().getInt("id"));
        }
        request("DELETE", API + "/working-hours/" + never.getInt("id"), supervisor, null, null);
    }

    /** A new SMS sender whose address starts with {@code prefix}; its address. */
    private static String smsSender(String prefix, String name) {
        String address = prefix + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        assertThat(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "%s"}""".formatted(address, name))
                        .status())
                .isEqualTo(201);
        return address;
    }

    private static JsonObject defaultQueue() {
        return get(API + "/queues", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getBoolean("defaultQueue"))
                .findFirst()
                .orElseThrow();
    }

    private static void useHours(JsonObject queue, int periodId) {
        TestServer.Reply reply = request("PUT", API + "/queues/" + queue.getInt("id"), supervisor, JSON, """
                {"name": "%s", "workingHoursPeriodId": %s}""".formatted(
                        queue.getString("name"), periodId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static JsonObject intake(String gateway, String from, String to, String text) {
        TestServer.Reply reply = request("POST", API + "/messages", gateway, JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(from, to, text));
        return created(reply);
    }

    private static List<JsonObject> messagesOf(String auth, long conversationId) {
        return get(API + "/conversations/" + conversationId + "/messages", auth)
                .jsonArray()
                .getValuesAs(JsonObject.class);
    }

    // A period read from the API, written back as a request.
    private static String asRequest(JsonObject period, boolean makeDefault) {
        return """
                {"name": "%s", "timeZone": "%s", "days": %s, "holidays": %s, "defaultPeriod": %s}""".formatted(
                        period.getString("name"),
                        period.getString("timeZone"),
                        period.getJsonObject("days"),
                        period.getJsonArray("holidays"),
                        makeDefault);
    }
}
