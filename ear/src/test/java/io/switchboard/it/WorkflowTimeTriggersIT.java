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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Time-based workflow triggers (issue 16) on the durable deadlines, against the real ticker: a trigger fires once
 * after its wait, not again without an update that starts its clock again, and not at all when an update in between
 * stopped its clock. Each workflow is limited to this test's own sender by its conditions and deleted at the end.
 */
class WorkflowTimeTriggersIT {

    private static final String JSON = "application/json";
    private static final Duration AFTER = Duration.ofSeconds(10);
    private static String supervisor;
    private static String waitingLine;
    private static String replyLine;
    private static String waited;
    private static String unanswered;
    private static final List<Long> created = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        supervisor = bearer(createApiKey(unique("wft-admin"), "ACCOUNT_MANAGER"));
        waitingLine = phone();
        long waitingLineId = sender(waitingLine);
        replyLine = phone();
        long replyLineId = sender(replyLine);
        waited = tag(unique("wft-waited"));
        unanswered = tag(unique("wft-unanswered"));
        create(waitingLineId, "WAITING_FOR", waited);
        create(replyLineId, "AGENT_REPLY_PENDING", unanswered);
    }

    @AfterAll
    static void deleteWorkflows() {
        for (long id : created) {
            request("DELETE", API + "/workflows/" + id, supervisor, null, null);
        }
    }

    /**
     * Guide: time-based workflows "will be triggered after a certain time period"; "the system will not make another
     * attempt unless specific conditions are met and the conversation is updated."
     */
    @Test
    void waitingForFiresOnceAfterItsWaitAndAgainOnlyAfterTheClockRestarts() {
        long conversation = inbound(phone(), waitingLine, "where is my order");
        long setWaiting = System.nanoTime();
        status(conversation, "WAITING");

        JsonObject run = awaitRuns(conversation, "WAITING_FOR", 1).get(0);
        assertThat(Duration.ofNanos(System.nanoTime() - setWaiting)).isGreaterThanOrEqualTo(AFTER);
        assertThat(run.getString("trigger")).isEqualTo("WAITING_FOR");
        assertThat(run.getString("outcome")).isEqualTo("RAN");
        assertThat(get(API + "/conversations/" + conversation, supervisor)
                        .json()
                        .getJsonArray("tags")
                        .toString())
                .contains(waited);

        // The workflow's own tag and this one are updates, but not ones that start the Waiting clock again.
        TestServer.Reply tagged = request(
                "POST", API + "/conversations/" + conversation + "/tags", supervisor, JSON, """
                {"tag": "%s"}""".formatted(unanswered));
        assertThat(tagged.status()).as(tagged.body()).isLessThan(300);
        sleep(AFTER.plusSeconds(3));
        assertThat(runs(conversation, "WAITING_FOR")).hasSize(1);

        status(conversation, "OPEN");
        status(conversation, "WAITING");
        assertThat(awaitRuns(conversation, "WAITING_FOR", 2)).hasSize(2);
    }

    /** An update in between that stops the clock (the conversation left Waiting) disarms the trigger. */
    @Test
    void anUpdateInBetweenDisarmsTheTrigger() {
        long disarmed = inbound(phone(), waitingLine, "never mind");
        status(disarmed, "WAITING");
        status(disarmed, "OPEN");
        long control = inbound(phone(), waitingLine, "still waiting");
        status(control, "WAITING");

        awaitRuns(control, "WAITING_FOR", 1);
        assertThat(runs(disarmed, "WAITING_FOR")).isEmpty();
    }

    /**
     * Guide: agent reply pending, "If a customer sends multiple messages, the set period starts when the first
     * customer message is sent."
     */
    @Test
    void agentReplyPendingCountsFromTheFirstUnansweredCustomerMessage() {
        String customer = phone();
        long first = System.nanoTime();
        long conversation = inbound(customer, replyLine, "hello?");
        sleep(Duration.ofSeconds(4));
        assertThat(inbound(customer, replyLine, "anyone there?")).isEqualTo(conversation);

        List<JsonObject> runs = awaitRuns(conversation, "AGENT_REPLY_PENDING", 1);
        Duration waitedFor = Duration.ofNanos(System.nanoTime() - first);
        assertThat(waitedFor).isGreaterThanOrEqualTo(AFTER).isLessThan(AFTER.plusSeconds(45));
        assertThat(runs.get(0).getString("outcome")).isEqualTo("RAN");
        sleep(Duration.ofSeconds(6));
        assertThat(runs(conversation, "AGENT_REPLY_PENDING")).hasSize(1);
    }

    /** The issue: "after" is an ISO-8601 duration of at least 10 seconds and at most 90 days. */
    @Test
    void waitsOutsideTenSecondsToNinetyDaysAreRefusedNamingTheField() {
        int before = get(API + "/workflows", supervisor).jsonArray().size();
        for (String after : List.of("PT9S", "P91D", "tomorrow")) {
            assertField(
                    request("POST", API + "/workflows", supervisor, JSON, """
                            {"name": "x", "triggers": [{"type": "SOLVED_FOR", "after": "%s"}],
                             "actions": [{"type": "CLOSE"}]}""".formatted(after)), "triggers[0].after");
        }
        assertField(request("POST", API + "/workflows", supervisor, JSON, """
                        {"name": "x", "triggers": [{"type": "CUSTOMER_REPLY_PENDING"}], "actions": [{"type": "CLOSE"}]}"""), "triggers[0].after");
        assertThat(get(API + "/workflows", supervisor).jsonArray().size()).isEqualTo(before);
        long ninetyDays = ReachIT.created(
                        request("POST", API + "/workflows", supervisor, JSON, """
                        {"name": "%s", "enabled": false, "triggers": [{"type": "SOLVED_UNMODIFIED_FOR", "after": "P90D"}],
                         "actions": [{"type": "CLOSE"}]}""".formatted(unique("ninety"))))
                .getInt("id");
        created.add(ninetyDays);
        assertThat(get(API + "/workflows/" + ninetyDays, supervisor)
                        .json()
                        .getJsonArray("triggers")
                        .getJsonObject(0)
                        .getString("after"))
                .isEqualTo("PT2160H");
    }

    private static void create(long lineId, String trigger, String tag) {
        created.add((long) ReachIT.created(request("POST", API + "/workflows", supervisor, JSON, """
                        {"name": "%s", "triggers": [{"type": "%s", "after": "%s"}],
                         "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                         "actions": [{"type": "ADD_TAGS", "tags": ["%s"]}]}""".formatted(
                                unique(trigger.toLowerCase()), trigger, AFTER, lineId, tag)))
                .getInt("id"));
    }

    private static void status(long conversation, String status) {
        TestServer.Reply reply = request(
                "PUT", API + "/conversations/" + conversation + "/status", supervisor, JSON, """
                {"status": "%s"}""".formatted(status));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    // Every time-based trigger arms on every conversation; another test's workflow records a skip here (its
    // conditions name another sender), so each test counts the runs of its own trigger.
    private static List<JsonObject> runs(long conversation, String trigger) {
        return get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(run -> run.getString("trigger").equals(trigger))
                .toList();
    }

    private static List<JsonObject> awaitRuns(long conversation, String trigger, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<JsonObject> runs;
        do {
            runs = runs(conversation, trigger);
            if (runs.size() >= atLeast) {
                return runs;
            }
            sleep(Duration.ofMillis(500));
        } while (System.nanoTime() < deadline);
        throw new AssertionError(
                "fewer than " + atLeast + " " + trigger + " runs on conversation " + conversation + ": " + runs);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long sender(String address) {
        return ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(address)))
                .getInt("id");
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
