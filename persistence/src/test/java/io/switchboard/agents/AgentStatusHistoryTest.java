package io.switchboard.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every status change of an agent's state is recorded in the history: there is no way to change it without one. */
class AgentStatusHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private record Change(long agentId, String status, Instant at) {}

    private final List<Change> changes = new ArrayList<>();
    private final StatusHistory history =
            (agentId, status, at) -> changes.add(new Change(agentId, status.getName(), at));

    private final AgentStatus offline = new AgentStatus("Offline", AgentStatusGroup.UNAVAILABLE, T0);
    private final AgentStatus available = new AgentStatus("Available", AgentStatusGroup.AVAILABLE, T0);
    private final AgentStatus full = new AgentStatus("Full capacity", AgentStatusGroup.BUSY, T0);

    @Test
    void aNewAgentsFirstStatusStartsTheirHistory() {
        new AgentState(7, offline, T0, history);
        assertThat(changes).containsExactly(new Change(7, "Offline", T0));
    }

    @Test
    void eachChangeIsRecordedOnceAndTheSameStatusAgainIsNoChange() {
        AgentState state = new AgentState(7, offline, T0, history);
        state.changeStatus(available, T0.plusSeconds(60), history);
        state.changeStatus(available, T0.plusSeconds(90), history);
        state.reachFullCapacity(full, available, T0.plusSeconds(120), history);
        state.changeStatus(available, T0.plusSeconds(180), history);
        state.changeStatus(offline, T0.plusSeconds(240), history);
        assertThat(changes)
                .containsExactly(
                        new Change(7, "Offline", T0),
                        new Change(7, "Available", T0.plusSeconds(60)),
                        new Change(7, "Full capacity", T0.plusSeconds(120)),
                        new Change(7, "Available", T0.plusSeconds(180)),
                        new Change(7, "Offline", T0.plusSeconds(240)));
        assertThat(state.getStatusSince()).isEqualTo(T0.plusSeconds(240));
    }

    @Test
    void aPeriodEndsNeverBeforeItStarted() {
        AgentStatusPeriod period = new AgentStatusPeriod(7, available, false, T0);
        period.end(T0.minusSeconds(5));
        assertThat(period.getEndedAt()).isEqualTo(T0);
        assertThat(period.getStatusGroup()).isEqualTo(AgentStatusGroup.AVAILABLE);
        assertThat(period.getStatusName()).isEqualTo("Available");
    }
}
