package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static io.switchboard.it.UsersIT.createUser;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "Agents communicate their availability by setting their status": presence is personal. An agent sets their own
 * status, call state and heartbeat; managers and supervisors set anyone's; anyone else gets 403 (the agent list is
 * visible to every role, so a 404 would hide nothing).
 */
class PersonalPresenceIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";

    private static String supervisor;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("presence-personal-admin"), "ACCOUNT_MANAGER"));
    }

    private static long offline() {
        return get(API + "/agent-statuses", supervisor).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> "OFFLINE".equals(s.getString("systemCode", null)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static List<Integer> presenceCalls(String caller, long agentId) {
        String status = "{\"statusId\": %s}".formatted(offline());
        return List.of(
                request("PUT", API + "/agents/" + agentId + "/status", caller, JSON, status)
                        .status(),
                request("POST", API + "/agents/" + agentId + "/heartbeat", caller, JSON, null)
                        .status(),
                request("PUT", API + "/agents/" + agentId + "/call-state", caller, JSON, """
                                {"voiceState": "IDLE"}""")
                        .status());
    }

    @Test
    @DisplayName("An agent sets their own presence, not another agent's")
    void agentsSetTheirOwnPresence() {
        String own = unique("paula");
        long paula = createUser(supervisor, own, "\"AGENT\"")
                .getJsonNumber("agentId")
                .longValue();
        long peter = createUser(supervisor, unique("peter"), "\"AGENT\"")
                .getJsonNumber("agentId")
                .longValue();
        String asPaula = basic(own, PASSWORD);

        assertThat(presenceCalls(asPaula, paula)).containsExactly(200, 204, 200);
        TestServer.Reply refused =
                request("PUT", API + "/agents/" + peter + "/status", asPaula, JSON, """
                {"statusId": %s}""".formatted(offline()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(presenceCalls(asPaula, peter)).containsExactly(403, 403, 403);
        assertThat(get(API + "/agents/" + peter + "/status", asPaula).status())
                .as("reading presence stays open")
                .isEqualTo(200);
    }

    @Test
    @DisplayName("Managers and supervisors set anyone's presence; analytics managers and unbound agent keys do not")
    void managersAndSupervisorsSetAnyonesPresence() {
        long agent = createUser(supervisor, unique("paolo"), "\"AGENT\"")
                .getJsonNumber("agentId")
                .longValue();
        String manager = unique("mara");
        createUser(supervisor, manager, "\"MANAGER\"");
        assertThat(presenceCalls(basic(manager, PASSWORD), agent)).containsExactly(200, 204, 200);
        assertThat(presenceCalls(supervisor, agent)).containsExactly(200, 204, 200);

        String analyst = unique("alma");
        createUser(supervisor, analyst, "\"ANALYTICS_MANAGER\"");
        assertThat(presenceCalls(basic(analyst, PASSWORD), agent)).containsExactly(403, 403, 403);
        assertThat(presenceCalls(bearer(createApiKey(unique("presence-agent-key"), "AGENT")), agent))
                .containsExactly(403, 403, 403);
        assertThat(presenceCalls(bearer(createApiKey(unique("presence-analytics-key"), "ANALYTICS_MANAGER")), agent))
                .containsExactly(403, 403, 403);
    }
}
