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
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Voice of the Customer report (issue 18) over a generated data set: three SMS conversations in a queue of their
 * own, assigned to one agent, two of them tagged, Solved, surveyed and answered by reply (two happy, one not happy,
 * two with a comment), their customers' messages scored for sentiment; the report's numbers per queue, agent and tag,
 * its comments, sentiment counts and trend; and its refusals (400 naming from/to/by, 403 for agents).
 */
class VoiceOfTheCustomerIT {

    private static final String JSON = "application/json";

    /** What {@link #generate} made: the names to look for in the report and the conversations. */
    record DataSet(
            String queue,
            long queueId,
            String agent,
            long agentId,
            String tag,
            long unhappy,
            long happy,
            long silent) {}

    private static String supervisor;
    private static DataSet data;

    @BeforeAll
    static void setUp() throws InterruptedException {
        supervisor = bearer(createApiKey(unique("voice-admin"), "ACCOUNT_MANAGER"));
        data = generate(supervisor);
    }

    @AfterAll
    static void tearDown() {
        if (supervisor != null) {
            switchOff(supervisor);
        }
    }

    /** Surveys and sentiment back off, as the other tests expect them. */
    static void switchOff(String supervisor) {
        surveys(supervisor, false);
        sentiment(supervisor, false);
    }

    /** Generates the data set: conversations with survey answers, comments and sentiment. */
    static DataSet generate(String supervisor) throws InterruptedException {
        sentiment(supervisor, true);
        surveys(supervisor, true);
        String line = phone();
        assertThat(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(line))
                        .status())
                .isEqualTo(201);
        String queueName = unique("Voice");
        long queue = ReachIT.created(request("POST", API + "/queues", supervisor, JSON, """
                        {"name": "%s", "autoAssignment": "OFF"}""".formatted(queueName)))
                .getJsonNumber("id")
                .longValue();
        String agentName = unique("voice-agent");
        long agent = ReachIT.created(
                        request("POST", API + "/agents", supervisor, JSON, """
                        {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "a long enough password",
                         "queueIds": [%d]}""".formatted(agentName, agentName, queue)))
                .getJsonNumber("id")
                .longValue();
        // Assignment takes an agent who can receive conversations.
        AgentStatusesInTests.setStatus(supervisor, agent, "AVAILABLE");
        String tag = unique("voice-vip");
        assertThat(request("POST", API + "/tags", supervisor, JSON, "{\"name\": \"%s\"}".formatted(tag))
                        .status())
                .isEqualTo(201);

        String angry = phone();
        String pleased = phone();
        String quiet = phone();
        long unhappy = conversation(
                supervisor, angry, line, "This is terrible, nobody helps and I am really angry!", queue, agent, tag);
        long happy = conversation(
                supervisor, pleased, line, "Thank you so much, great help, everything works :)", queue, agent, tag);
        long silent = conversation(supervisor, quiet, line, "Where can I see my invoice", queue, agent, null);
        for (long id : List.of(unhappy, happy, silent)) {
            sentimentScored(supervisor, id);
            solve(supervisor, id);
        }
        answer(supervisor, unhappy, angry, line, "2", "Took three days to answer");
        answer(supervisor, happy, pleased, line, "1", "Quick and kind");
        // Scored but no comment: the follow-up is never answered.
        answer(supervisor, silent, quiet, line, "1", null);
        // Offline again: an agent left Available would take other classes' conversations (every agent serves the
        // Default queue), e.g. the load test's, whose agents must be the only ones filled.
        AgentStatusesInTests.setStatus(supervisor, agent, "OFFLINE");
        return new DataSet(queueName, queue, agentName, agent, tag, unhappy, happy, silent);
    }

    @Test
    void theReportCountsTheAnswersPerQueueAgentAndTagWithTheirComments() {
        String analytics = bearer(createApiKey(unique("voice-analytics"), "ANALYTICS_MANAGER"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TestServer.Reply reply =
                get(API + "/reports/voice?from=" + today.minusDays(1) + "&to=" + today.plusDays(1), analytics);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject report = reply.json();
        assertThat(report.getString("from")).isEqualTo(today.minusDays(1).toString());
        assertThat(report.getString("timeZone")).isEqualTo("UTC");
        assertThat(report.getString("bucketing")).isEqualTo("DAY");
        assertThat(report.getJsonArray("csatOverTime")).hasSize(3);

        // Guide: "There are two possible answers: happy and not happy." Two happy of three: 66.7 %.
        JsonObject queue = row(report.getJsonArray("csatByQueue"), data.queue());
        assertThat(queue.getJsonNumber("id").longValue()).isEqualTo(data.queueId());
        assertCsat(queue, 2, 1, 66.7);
        JsonObject agent = row(report.getJsonArray("csatByAgent"), data.agent());
        assertThat(agent.getJsonNumber("id").longValue()).isEqualTo(data.agentId());
        assertCsat(agent, 2, 1, 66.7);
        assertCsat(row(report.getJsonArray("csatByTag"), data.tag()), 1, 1, 50.0);
        JsonObject all = report.getJsonObject("csat");
        assertThat(all.getInt("answers")).isGreaterThanOrEqualTo(3);
        JsonObject day = report.getJsonArray("csatOverTime").getJsonObject(1);
        assertThat(day.getString("start")).isEqualTo(today.toString());
        assertThat(day.getInt("answers")).isEqualTo(all.getInt("answers"));

        // Comments newest first, with their score and conversation for the drill-down.
        List<JsonObject> comments = report.getJsonArray("comments").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("conversationId").longValue() == data.unhappy()
                        || c.getJsonNumber("conversationId").longValue() == data.happy()
                        || c.getJsonNumber("conversationId").longValue() == data.silent())
                .toList();
        assertThat(comments)
                .extracting(c -> c.getString("comment"))
                .containsExactly("Quick and kind", "Took three days to answer");
        assertThat(comments).extracting(c -> c.getString("score")).containsExactly("HAPPY", "NOT_HAPPY");
        assertThat(comments.get(1).getString("queue")).isEqualTo(data.queue());
        assertThat(comments.get(1).getString("agent")).isEqualTo(data.agent());

        // Sentiment: every conversation of the data set is scored and counted under one label. (Which one moves with
        // the survey replies, which are customers' messages too and weigh most as the latest; SentimentIT holds the
        // labels' thresholds.)
        JsonObject sentiment = report.getJsonObject("sentiment");
        assertThat(sentiment.getInt("negative") + sentiment.getInt("neutral") + sentiment.getInt("positive"))
                .isGreaterThanOrEqualTo(3);
        JsonObject trend = report.getJsonArray("sentimentTrend").getJsonObject(1);
        assertThat(trend.getString("start")).isEqualTo(today.toString());
        assertThat(trend.getInt("messages")).isGreaterThanOrEqualTo(3);
        assertThat(trend.getJsonNumber("average").doubleValue()).isBetween(-1.0, 1.0);

        // Weeks on request: one point per ISO week the range touches.
        JsonObject weekly = get(API + "/reports/voice?from=" + today + "&to=" + today + "&by=week", analytics)
                .json();
        assertThat(weekly.getString("bucketing")).isEqualTo("WEEK");
        assertThat(weekly.getJsonArray("csatOverTime")).hasSize(1);
        assertCsat(row(weekly.getJsonArray("csatByQueue"), data.queue()), 2, 1, 66.7);
    }

    @Test
    void badDatesAreRefusedNamingTheFieldAndAgentsAreRefused() {
        String manager = bearer(createApiKey(unique("voice-manager"), "MANAGER"));
        assertField(get(API + "/reports/voice?from=2026-13-01", manager), "from");
        assertField(get(API + "/reports/voice?to=yesterday", manager), "to");
        assertField(get(API + "/reports/voice?from=2026-11-02&to=2026-11-01", manager), "from");
        assertField(get(API + "/reports/voice?from=2024-01-01&to=2026-01-01", manager), "to");
        assertField(get(API + "/reports/voice?by=MONTH", manager), "by");
        // Without dates: the last 30 days up to today.
        JsonObject defaults = get(API + "/reports/voice", manager).json();
        LocalDate to = LocalDate.parse(defaults.getString("to"));
        assertThat(LocalDate.parse(defaults.getString("from"))).isEqualTo(to.minusDays(29));

        String agent = bearer(createApiKey(unique("voice-agent-key"), "AGENT"));
        assertThat(get(API + "/reports/voice", agent).status()).isEqualTo(403);
    }

    /** Report days are the account's calendar days: the time zone is a general setting (UTC at first). */
    @Test
    void theAccountsTimeZoneDecidesTheDays() {
        boolean shortIds = get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled");
        assertField(request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": %s, "timeZone": "Mars/Olympus"}""".formatted(shortIds)), "timeZone");
        assertThat(get(API + "/settings", supervisor).json().getString("timeZone"))
                .isEqualTo("UTC");
        try {
            ok(request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": %s, "timeZone": "Pacific/Kiritimati"}""".formatted(shortIds)));
            JsonObject report = get(API + "/reports/voice", supervisor).json();
            assertThat(report.getString("timeZone")).isEqualTo("Pacific/Kiritimati");
            // UTC+14: its today is never behind the UTC date.
            assertThat(LocalDate.parse(report.getString("to"))).isAfterOrEqualTo(LocalDate.now(ZoneOffset.UTC));
        } finally {
            ok(request("PUT", API + "/settings", supervisor, JSON, """
                    {"shortIdEnabled": %s, "timeZone": "UTC"}""".formatted(shortIds)));
        }
    }

    private static JsonObject row(JsonArray rows, String name) {
        return rows.stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + rows));
    }

    private static void assertCsat(JsonObject row, int happy, int notHappy, double percent) {
        assertThat(row.getInt("happy")).as(row.toString()).isEqualTo(happy);
        assertThat(row.getInt("notHappy")).as(row.toString()).isEqualTo(notHappy);
        assertThat(row.getInt("answers")).as(row.toString()).isEqualTo(happy + notHappy);
        assertThat(row.getJsonNumber("happyPercent").doubleValue()).isEqualTo(percent);
    }

    private static long conversation(
            String supervisor, String customer, String line, String text, long queue, long agent, String tag) {
        long id = inbound(customer, line, text);
        ok(request("PUT", API + "/conversations/" + id + "/queue", supervisor, JSON, """
                {"queueId": %d}""".formatted(queue)));
        ok(request("PUT", API + "/conversations/" + id + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(agent)));
        if (tag != null) {
            ok(request("POST", API + "/conversations/" + id + "/tags", supervisor, JSON, """
                    {"tag": "%s"}""".formatted(tag)));
        }
        return id;
    }

    private static long inbound(String from, String to, String text) {
        return ReachIT.created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(from, to, text)))
                .getJsonNumber("conversationId")
                .longValue();
    }

    private static void solve(String supervisor, long id) {
        ok(request("PUT", API + "/conversations/" + id + "/status", supervisor, JSON, "{\"status\": \"SOLVED\"}"));
    }

    /** Waits for the survey to go out, then answers it by reply ("1" happy, "2" not happy) and comments. */
    private static void answer(String supervisor, long id, String customer, String line, String score, String comment)
            throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (get(API + "/conversations/" + id + "/survey", supervisor).status() != 200) {
            assertThat(System.nanoTime())
                    .as("survey of conversation " + id + " sent")
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(inbound(customer, line, score)).isEqualTo(id);
        if (comment != null) {
            assertThat(inbound(customer, line, comment)).isEqualTo(id);
        }
        JsonObject survey =
                get(API + "/conversations/" + id + "/survey", supervisor).json();
        assertThat(survey.getString("score")).isEqualTo("1".equals(score) ? "HAPPY" : "NOT_HAPPY");
    }

    private static void sentimentScored(String supervisor, long id) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (get(API + "/conversations/" + id + "/sentiment", supervisor)
                .json()
                .getJsonArray("messages")
                .isEmpty()) {
            assertThat(System.nanoTime()).as("sentiment of conversation " + id).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void surveys(String supervisor, boolean enabled) {
        ok(request("PUT", API + "/surveys", supervisor, JSON, """
                {"enabled": %s, "delay": "PT1S", "minimumInterval": "P7D",
                 "satisfactionQuestion": "How satisfied are you with how we handled your request?",
                 "resolvedQuestion": "Was your issue resolved?", "happyLabel": "Happy", "notHappyLabel": "Not happy",
                 "followUpQuestion": "What could we do better?"}""".formatted(enabled)));
    }

    private static void sentiment(String supervisor, boolean on) {
        boolean shortIds = get(API + "/settings", supervisor).json().getBoolean("shortIdEnabled");
        ok(request("PUT", API + "/settings", supervisor, JSON, """
                {"shortIdEnabled": %s, "sentimentEnabled": %s}""".formatted(shortIds, on)));
    }

    private static void ok(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 204);
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
