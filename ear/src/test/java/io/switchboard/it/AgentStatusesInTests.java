package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/**
 * Puts agents in a default status through the API. New agents start Offline (Unavailable), and Unavailable agents
 * receive no conversations, not even directly: tests that assign directly first put the agent in Busy.
 */
final class AgentStatusesInTests {

    private AgentStatusesInTests() {}

    /** The id of the default status with this system code (AVAILABLE, FULL_CAPACITY, BUSY, AWAY, OFFLINE). */
    static long statusId(String auth, String code) {
        return get(API + "/agent-statuses", auth).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> code.equals(s.getString("systemCode", null)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** Sets the agent's status to the default status with this system code. */
    static void setStatus(String auth, long agentId, String code) {
        TestServer.Reply reply =
                request("PUT", API + "/agents/" + agentId + "/status", auth, "application/json", """
                {"statusId": %s}""".formatted(
                                statusId(auth, code)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
}
