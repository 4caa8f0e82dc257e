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

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Merging a customer's conversations (POST /conversations/{id}/merge): the other one closes, points to this one and
 * gives it its tags; only one customer's open conversations merge, within the caller's reach, and a refused merge
 * changes nothing.
 */
class ConversationMergeIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";
    private static String supervisor;
    private static String smsLine;
    private static String otherLine;
    private static String tag;

    @BeforeAll
    static void twoLines() {
        supervisor = bearer(createApiKey(unique("merge-admin"), "ACCOUNT_MANAGER"));
        smsLine = phone();
        otherLine = phone();
        for (String line : new String[] {smsLine, otherLine}) {
            ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                    {"channel": "SMS", "address": "%s"}""".formatted(line)));
        }
        tag = unique("merge-tag");
        ReachIT.created(request("POST", API + "/tags", supervisor, JSON, """
                {"name": "%s"}""".formatted(tag)));
    }

    @Test
    void theOtherConversationClosesIntoThisOneWithItsTags() {
        String customer = phone();
        long kept = inbound(customer, smsLine);
        long merged = inbound(customer, otherLine);
        assertThat(merged).isNotEqualTo(kept);
        ok(request("POST", API + "/conversations/" + merged + "/tags", supervisor, JSON, """
                {"tag": "%s"}""".formatted(tag)));

        TestServer.Reply reply = merge(kept, merged, supervisor);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getInt("id")).isEqualTo((int) kept);
        assertThat(reply.json().getJsonArray("tags").getString(0)).isEqualTo(tag);
        JsonObject closed = get(API + "/conversations/" + merged, supervisor).json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getInt("mergedIntoId")).isEqualTo((int) kept);
        // Closed is final: merging it again is refused.
        assertThat(merge(kept, merged, supervisor).status()).isEqualTo(409);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        String customer = phone();
        long kept = inbound(customer, smsLine);
        long other = inbound(customer, otherLine);
        long stranger = inbound(phone(), smsLine);

        assertField(
                request("POST", API + "/conversations/" + kept + "/merge", supervisor, JSON, "{}"), "conversationId");
        assertField(merge(kept, kept, supervisor), "conversationId");
        assertThat(request("POST", API + "/conversations/" + kept + "/merge", supervisor, JSON, """
                {"conversationId": "x"}""")
                        .status())
                .isEqualTo(400);
        assertThat(merge(kept, 999_999_999L, supervisor).status()).isEqualTo(404);
        TestServer.Reply otherCustomer = merge(kept, stranger, supervisor);
        assertThat(otherCustomer.status()).as(otherCustomer.body()).isEqualTo(409);
        assertThat(otherCustomer.contentType()).startsWith("application/problem+json");
        assertThat(get(API + "/conversations/" + stranger, supervisor).json().getString("status"))
                .isEqualTo("OPEN");
        assertThat(get(API + "/conversations/" + other, supervisor).json().getString("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void anAgentMergesOnlyWithinTheirReach() {
        String anaName = unique("merge-ana");
        long ana = agent(anaName);
        long ivo = agent(unique("merge-ivo"));
        String customer = phone();
        long hers = inbound(customer, smsLine);
        long his = inbound(customer, otherLine);
        assign(hers, ana);
        assign(his, ivo);
        String asAna = basic(anaName, PASSWORD);

        assertThat(merge(hers, his, asAna).status()).isEqualTo(404);
        assertThat(get(API + "/conversations/" + his, supervisor).json().getString("status"))
                .isEqualTo("OPEN");
        assertThat(merge(his, hers, asAna).status()).isEqualTo(404);

        assign(his, ana);
        TestServer.Reply merged = merge(hers, his, asAna);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(get(API + "/conversations/" + his, supervisor).json().getString("status"))
                .isEqualTo("CLOSED");
    }

    @Test
    void analyticsManagersAndGatewaysCannotMerge() {
        String customer = phone();
        long kept = inbound(customer, smsLine);
        long other = inbound(customer, otherLine);
        assertThat(merge(kept, other, bearer(createApiKey(unique("merge-analyst"), "ANALYTICS_MANAGER")))
                        .status())
                .isEqualTo(403);
        assertThat(merge(kept, other, TestServer.gatewayKey()).status()).isEqualTo(403);
        assertThat(merge(kept, other, null).status()).isEqualTo(401);
        assertThat(get(API + "/conversations/" + other, supervisor).json().getString("status"))
                .isEqualTo("OPEN");
    }

    private static void assign(long conversation, long agentId) {
        ok(request(
                "PUT", API + "/conversations/" + conversation + "/assignee", supervisor, JSON, """
                {"agentId": %d}""".formatted(agentId)));
    }

    private static TestServer.Reply merge(long into, long other, String caller) {
        return request("POST", API + "/conversations/" + into + "/merge", caller, JSON, """
                {"conversationId": %d}""".formatted(other));
    }

    private static long inbound(String customer, String line) {
        return ReachIT.created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "hello"}""".formatted(customer, line)))
                .getInt("conversationId");
    }

    private static long agent(String username) {
        long id = ReachIT.created(
                        request("POST", API + "/agents", supervisor, JSON, """
                        {"kind": "HUMAN", "name": "%s", "username": "%s", "password": "%s", "queueIds": []}""".formatted(username, username, PASSWORD)))
                .getInt("id");
        AgentStatusesInTests.setStatus(supervisor, id, "BUSY");
        return id;
    }

    private static void ok(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
