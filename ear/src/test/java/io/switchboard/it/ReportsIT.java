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
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Conversations report over REST (issue 18): "volume in and out, first response time and resolution time
 * distributions (median, p90), by queue, channel, tag, priority; SLA met vs breached ...; agent utilization ... and
 * handled conversations", for Analytics Managers, Managers and supervisors, not agents. A few conversations with a tag
 * of their own are generated and the report narrowed to that tag must count exactly them.
 */
class ReportsIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String analytics;
    private static String sender;
    private static long tagId;
    private static String tag;

    @BeforeAll
    static void generateConversations() {
        supervisor = bearer(createApiKey(unique("reports-sup"), "ACCOUNT_MANAGER"));
        analytics = bearer(createApiKey(unique("reports-ana"), "ANALYTICS_MANAGER"));
        sender = phone();
        created(request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s", "name": "Reports line"}""".formatted(sender)));
        tag = unique("report");
        tagId = created(request("POST", API + "/tags", supervisor, JSON, """
                        {"name": "%s"}""".formatted(tag)))
                .getJsonNumber("id")
                .longValue();
        // Three conversations with the tag: two answered, one of them solved.
        long[] conversations = new long[3];
        for (int i = 0; i < 3; i++) {
            conversations[i] = inbound(phone(), "Question " + i)
                    .getJsonNumber("conversationId")
                    .longValue();
            ok(request("POST", API + "/conversations/" + conversations[i] + "/tags", supervisor, JSON, """
                    {"tag": "%s"}""".formatted(
                            tag)));
        }
        for (int i = 0; i < 2; i++) {
            created(request("POST", API + "/conversations/" + conversations[i] + "/messages", supervisor, JSON, """
                    {"text": "On it"}"""));
        }
        ok(request("PUT", API + "/conversations/" + conversations[0] + "/status", supervisor, JSON, """
                {"status": "SOLVED"}"""));
    }

    @Test
    void theReportNarrowedToATagCountsItsConversationsMessagesAnswersAndResolutions() {
        JsonObject report =
                ok(get(API + "/reports/conversations?tag=" + tagId, analytics)).json();
        JsonObject totals = report.getJsonObject("totals");
        assertThat(totals.getInt("conversations")).isEqualTo(3);
        assertThat(totals.getInt("messagesIn")).isEqualTo(3);
        assertThat(totals.getInt("messagesOut")).isEqualTo(2);
        assertThat(totals.getInt("firstResponses")).isEqualTo(2);
        assertThat(totals.getInt("resolutions")).isEqualTo(1);
        // Answered within seconds: the first bucket (under 30 s), so the median is under 30 s.
        assertThat(totals.getJsonNumber("firstResponseMedianSeconds").longValue())
                .isBetween(0L, 30L);
        assertThat(totals.getJsonNumber("firstResponseP90Seconds").longValue()).isBetween(0L, 30L);

        // The last 7 days in the account's time zone, today last, with today's numbers.
        JsonArray days = report.getJsonArray("days");
        assertThat(days).hasSize(7);
        JsonObject today = days.getJsonObject(6);
        assertThat(today.getInt("conversations")).isEqualTo(3);
        assertThat(today.getInt("messagesIn")).isEqualTo(3);
        assertThat(today.getInt("messagesOut")).isEqualTo(2);
        assertThat(report.getString("timeZone")).isNotBlank();

        JsonArray histogram = report.getJsonArray("histogram");
        assertThat(histogram).hasSize(20);
        assertThat(histogram.getJsonObject(0).getInt("firstResponses")).isEqualTo(2);
        assertThat(histogram.getJsonObject(0).getInt("resolutions")).isEqualTo(1);

        JsonArray byTag = report.getJsonArray("byTag");
        assertThat(byTag).hasSize(1);
        assertThat(byTag.getJsonObject(0).getString("label")).isEqualTo(tag);
        assertThat(byTag.getJsonObject(0).getInt("conversations")).isEqualTo(3);
        assertThat(report.getJsonArray("byChannel").getJsonObject(0).getString("key"))
                .isEqualTo("SMS");
        assertThat(report.getJsonArray("byChannel").getJsonObject(0).getInt("firstResponses"))
                .isEqualTo(2);
        assertThat(report.getJsonArray("byQueue")).isNotEmpty();
        assertThat(report.getJsonArray("byPriority")).isNotEmpty();
        assertThat(report.getJsonArray("agents")).isNotNull();
    }

    @Test
    void filtersNarrowTheNumbers() {
        assertThat(totals("tag=" + tagId + "&channel=SMS").getInt("conversations"))
                .isEqualTo(3);
        assertThat(totals("tag=" + tagId + "&channel=EMAIL").getInt("conversations"))
                .isZero();
        assertThat(totals("tag=" + tagId + "&priority=URGENT").getInt("conversations"))
                .isZero();
        // Yesterday and before: none of them.
        String yesterday = ok(get(API + "/reports/conversations?tag=" + tagId, analytics))
                .json()
                .getJsonArray("days")
                .getJsonObject(5)
                .getString("date");
        assertThat(totals("tag=" + tagId + "&to=" + yesterday).getInt("conversations"))
                .isZero();
    }

    /**
     * The sentiment filter: sentiment analysis is off in this class, so none of its conversations has a label and
     * each label's report of the tag is empty (ReportAggregatesIT counts labelled ones).
     */
    @Test
    void theSentimentFilterKeepsTheConversationsWithTheLabel() {
        assertThat(totals("tag=" + tagId).getInt("conversations")).isEqualTo(3);
        for (String label : new String[] {"NEGATIVE", "neutral", "Positive"}) {
            JsonObject report = ok(get(API + "/reports/conversations?tag=" + tagId + "&sentiment=" + label, analytics))
                    .json();
            assertThat(report.getString("sentiment")).isEqualTo(label.toUpperCase(java.util.Locale.ROOT));
            assertThat(report.getJsonObject("totals").getInt("conversations"))
                    .as(label)
                    .isZero();
            assertThat(report.getJsonObject("totals").getInt("messagesIn"))
                    .as(label)
                    .isZero();
        }
        assertThat(ok(get(API + "/reports/conversations/tags.csv?tag=" + tagId + "&sentiment=NEGATIVE", analytics))
                        .body()
                        .lines())
                .containsExactly("tag_id,tag,conversations,first_responses,first_response_median_s,"
                        + "first_response_p90_s,resolutions,resolution_median_s,resolution_p90_s");
        assertField(get(API + "/reports/conversations?sentiment=ANGRY", analytics), "sentiment");
        assertField(get(API + "/reports/conversations/days.csv?sentiment=1", analytics), "sentiment");
    }

    @Test
    void eachTableDownloadsAsCsv() {
        TestServer.Reply csv = ok(get(API + "/reports/conversations/tags.csv?tag=" + tagId, analytics));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("tag_id,tag,conversations,first_responses,first_response_median_s")
                .contains(tagId + "," + tag + ",3,2,");
        assertThat(ok(get(API + "/reports/conversations/days.csv?tag=" + tagId, analytics))
                        .body()
                        .lines())
                .hasSize(8);
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        assertField(get(API + "/reports/conversations?from=yesterday", analytics), "from");
        assertField(get(API + "/reports/conversations?to=2026-13-01", analytics), "to");
        assertField(get(API + "/reports/conversations?from=2026-12-01&to=2026-11-01", analytics), "to");
        assertField(get(API + "/reports/conversations?from=2024-01-01&to=2026-01-01", analytics), "to");
        assertField(get(API + "/reports/conversations?channel=FAX", analytics), "channel");
        assertField(get(API + "/reports/conversations?priority=SOON", analytics), "priority");
        assertField(get(API + "/reports/conversations?queue=first", analytics), "queue");
        assertField(get(API + "/reports/conversations?queue=987654321", analytics), "queue");
        assertField(get(API + "/reports/conversations?tag=987654321", analytics), "tag");
        assertField(get(API + "/reports/conversations/everything.csv", analytics), "table");
    }

    @Test
    void analyticsManagersManagersAndSupervisorsReadItAgentsAndGatewaysDoNot() {
        for (String role : new String[] {"MANAGER", "ACCOUNT_MANAGER", "ANALYTICS_MANAGER"}) {
            assertThat(get(
                                    API + "/reports/conversations",
                                    bearer(createApiKey(unique("rep-" + role.toLowerCase()), role)))
                            .status())
                    .as(role)
                    .isEqualTo(200);
        }
        for (String role : new String[] {"AGENT", "GATEWAY"}) {
            String key = bearer(createApiKey(unique("rep-" + role.toLowerCase()), role));
            assertThat(get(API + "/reports/conversations", key).status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(get(API + "/reports/conversations/queues.csv", key).status())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(get(API + "/reports/conversations", null).status()).isEqualTo(401);
    }

    private static JsonObject totals(String query) {
        return ok(get(API + "/reports/conversations?" + query, analytics))
                .json()
                .getJsonObject("totals");
    }

    private static TestServer.Reply ok(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private static JsonObject created(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonObject inbound(String from, String text) {
        return created(
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(from, sender, text)));
    }

    private static String phone() {
        return "+386" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
