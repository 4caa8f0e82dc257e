package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Voice of the Customer and the Conversations report's sentiment filter read pre-aggregates (report_hour,
 * report_day in slices, V57), not the raw rows: on a generated data set (VoiceOfTheCustomerIT's: three conversations
 * with survey answers, a tag, an agent and customers' messages scored for sentiment) their figures must equal the
 * ones computed from the raw data, read per conversation over REST and, on PostgreSQL, straight from the tables.
 */
class ReportAggregatesIT {

    private static String supervisor;
    private static String analytics;
    private static VoiceOfTheCustomerIT.DataSet data;

    @BeforeAll
    static void setUp() throws InterruptedException {
        supervisor = bearer(createApiKey(unique("aggregates-admin"), "ACCOUNT_MANAGER"));
        analytics = bearer(createApiKey(unique("aggregates-analytics"), "ANALYTICS_MANAGER"));
        data = VoiceOfTheCustomerIT.generate(supervisor);
        // The survey replies and comments are customers' messages, scored after they are stored: wait until the
        // scores stop changing, so that the raw side and the report see the same data.
        String before = scored();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(1_500);
            String now = scored();
            if (now.equals(before)) {
                return;
            }
            before = now;
        }
    }

    /** The three conversations' sentiment as the API shows it. */
    private static String scored() {
        StringBuilder all = new StringBuilder();
        for (long id : List.of(data.unhappy(), data.happy(), data.silent())) {
            all.append(ok(get(API + "/conversations/" + id + "/sentiment", supervisor))
                    .body());
        }
        return all.toString();
    }

    @AfterAll
    static void tearDown() {
        if (supervisor != null) {
            VoiceOfTheCustomerIT.switchOff(supervisor);
        }
    }

    @Test
    void csatPerQueueAgentAndTagAndConversationsPerLabelEqualTheConversationsOwnAnswersAndLabels() {
        List<Long> all = List.of(data.unhappy(), data.happy(), data.silent());
        List<Long> tagged = List.of(data.unhappy(), data.happy());
        Map<Long, String> scores = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        for (long id : all) {
            scores.put(
                    id,
                    ok(get(API + "/conversations/" + id + "/survey", supervisor))
                            .json()
                            .getString("score"));
            JsonObject sentiment = ok(get(API + "/conversations/" + id + "/sentiment", supervisor))
                    .json();
            labels.put(id, sentiment.getString("label"));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonObject voice = ok(get(
                        API + "/reports/voice?from=" + today.minusDays(1) + "&to=" + today.plusDays(1), analytics))
                .json();
        // Every conversation of the data set is in its queue and assigned to its agent; two have its tag.
        assertCsat(row(voice.getJsonArray("csatByQueue"), data.queue()), all, scores);
        assertCsat(row(voice.getJsonArray("csatByAgent"), data.agent()), all, scores);
        assertCsat(row(voice.getJsonArray("csatByTag"), data.tag()), tagged, scores);

        // The Conversations report of the data set's queue per label: the conversations with that label now (the
        // survey replies, customers' messages too, changed labels after the conversations' start hour was rolled up).
        long labelled = 0;
        for (String label : List.of("NEGATIVE", "NEUTRAL", "POSITIVE")) {
            long expected =
                    all.stream().filter(id -> label.equals(labels.get(id))).count();
            JsonObject totals = ok(get(
                            API + "/reports/conversations?queue=" + data.queueId() + "&sentiment=" + label, analytics))
                    .json()
                    .getJsonObject("totals");
            assertThat(totals.getJsonNumber("conversations").longValue())
                    .as(label)
                    .isEqualTo(expected);
            labelled += totals.getJsonNumber("conversations").longValue();
        }
        assertThat(labelled).isEqualTo(3);
    }

    /** On PostgreSQL: today's CSAT, message scores and labels of the whole account against SQL over the raw rows. */
    @Test
    void todaysFiguresEqualTheRawRows() throws SQLException {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("switchboard.db")), "PostgreSQL only");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonObject voice = ok(get(API + "/reports/voice?from=" + today + "&to=" + today, analytics))
                .json();
        assertThat(voice.getString("timeZone")).isEqualTo("UTC");
        String day = "'" + today + "'::date";
        String inDay = " >= " + day + "::timestamptz and %s < (" + day + " + 1)::timestamptz";
        try (Connection connection = connection();
                Statement sql = connection.createStatement()) {
            JsonObject csat = voice.getJsonArray("csatOverTime").getJsonObject(0);
            assertThat(csat.getInt("happy"))
                    .isEqualTo(count(
                            sql,
                            "select count(*) from survey where score = 'HAPPY' and scored_at"
                                    + inDay.formatted("scored_at")));
            assertThat(csat.getInt("answers"))
                    .isEqualTo(
                            count(sql, "select count(*) from survey where scored_at" + inDay.formatted("scored_at")));

            JsonObject trend = voice.getJsonArray("sentimentTrend").getJsonObject(0);
            assertThat(trend.getInt("messages"))
                    .isEqualTo(count(
                            sql,
                            "select count(*) from message_sentiment where scored_at" + inDay.formatted("scored_at")));
            // The mean to two decimals, halves away from zero (numeric: exact, as the scores have two decimals).
            try (ResultSet mean = sql.executeQuery("select round(avg(score::numeric), 2) from message_sentiment"
                    + " where scored_at" + inDay.formatted("scored_at"))) {
                mean.next();
                BigDecimal expected = mean.getBigDecimal(1);
                if (expected == null) {
                    assertThat(trend.containsKey("average")).isFalse();
                } else {
                    assertThat(trend.getJsonNumber("average").bigDecimalValue().compareTo(expected))
                            .as(trend + " " + expected)
                            .isZero();
                }
            }

            JsonObject labels = voice.getJsonObject("sentiment");
            for (String label : List.of("negative", "neutral", "positive")) {
                assertThat(labels.getInt(label))
                        .as(label)
                        .isEqualTo(count(
                                sql,
                                "select count(*) from conversation c join conversation_sentiment s"
                                        + " on s.conversation_id = c.id where s.label = '" + label.toUpperCase()
                                        + "' and c.created_at" + inDay.formatted("c.created_at")));
            }
        }
    }

    private static void assertCsat(JsonObject row, List<Long> conversations, Map<Long, String> scores) {
        long happy = conversations.stream()
                .filter(id -> "HAPPY".equals(scores.get(id)))
                .count();
        long notHappy = conversations.stream()
                .filter(id -> "NOT_HAPPY".equals(scores.get(id)))
                .count();
        assertThat(row.getJsonNumber("happy").longValue()).as(row.toString()).isEqualTo(happy);
        assertThat(row.getJsonNumber("notHappy").longValue()).as(row.toString()).isEqualTo(notHappy);
    }

    private static JsonObject row(JsonArray rows, String name) {
        return rows.stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + rows));
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connection() throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("switchboard.db.host") + ":"
                + System.getProperty("switchboard.db.port") + "/" + System.getProperty("switchboard.db.name")
                + "?currentSchema=" + System.getProperty("switchboard.db.schema");
        return DriverManager.getConnection(
                url, System.getProperty("switchboard.db.user"), System.getProperty("switchboard.db.password"));
    }

    private static TestServer.Reply ok(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }
}
