package io.switchboard.lifecycle.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sla.SlaMetric;
import io.switchboard.sla.logic.MetricState;
import io.switchboard.sla.logic.SlaCountdown;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentWorkspaceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static MetricState running(SlaMetric metric, long minutesLeft) {
        return new MetricState(
                metric,
                NOW.minus(HOUR).plusSeconds(minutesLeft * 60),
                HOUR,
                NOW.plusSeconds(minutesLeft * 60),
                MetricState.Status.RUNNING,
                null,
                Duration.ofMinutes(minutesLeft),
                Duration.ZERO);
    }

    @Test
    void anInboxShowsTheClockThatRunsOutFirst() {
        SlaCountdown countdown = AgentWorkspace.countdown(
                List.of(running(SlaMetric.values()[0], 40), running(SlaMetric.values()[1], 10)), NOW);
        assertThat(countdown.text()).isEqualTo("10m left");
        assertThat(countdown.level()).isEqualTo(SlaCountdown.Level.RED);
    }

    @Test
    void aBreachedOpenClockSaysByHowMuchWhenNoneRuns() {
        MetricState breached = new MetricState(
                SlaMetric.values()[0],
                NOW.minus(HOUR.multipliedBy(2)),
                HOUR,
                NOW.minus(HOUR),
                MetricState.Status.BREACHED,
                null,
                Duration.ZERO,
                HOUR);
        assertThat(AgentWorkspace.countdown(List.of(breached), NOW).text()).isEqualTo("breached by 1h 00m");
        assertThat(AgentWorkspace.countdown(List.of(), NOW)).isEqualTo(SlaCountdown.NONE);
    }

    @Test
    void enumNamesReadAsWords() {
        assertThat(AgentWorkspace.words("FIRST_RESPONSE")).isEqualTo("First response");
    }
}
