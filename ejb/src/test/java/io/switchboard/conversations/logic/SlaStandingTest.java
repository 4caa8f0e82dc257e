package io.switchboard.conversations.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaStandingTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void noneWithoutARunningClock() {
        assertThat(SlaStanding.of(null, false, NOW)).isEqualTo(SlaStanding.NONE);
    }

    @Test
    void onTrackWhenDueLaterThanTheWindow() {
        assertThat(SlaStanding.of(NOW.plusSeconds(15 * 60 + 1), false, NOW)).isEqualTo(SlaStanding.ON_TRACK);
    }

    @Test
    void atRiskWhenDueWithinFifteenMinutes() {
        assertThat(SlaStanding.of(NOW.plusSeconds(15 * 60), false, NOW)).isEqualTo(SlaStanding.AT_RISK);
        assertThat(SlaStanding.of(NOW.plusSeconds(1), false, NOW)).isEqualTo(SlaStanding.AT_RISK);
    }

    @Test
    void breachedOnceDueTimePassedEvenBeforeTheBreachIsRecorded() {
        assertThat(SlaStanding.of(NOW, false, NOW)).isEqualTo(SlaStanding.BREACHED);
        assertThat(SlaStanding.of(NOW.minusSeconds(60), false, NOW)).isEqualTo(SlaStanding.BREACHED);
    }

    @Test
    void breachedWhateverTheNextClockOnceOneBreached() {
        assertThat(SlaStanding.of(NOW.plusSeconds(3600), true, NOW)).isEqualTo(SlaStanding.BREACHED);
        assertThat(SlaStanding.of(null, true, NOW)).isEqualTo(SlaStanding.BREACHED);
    }

    @Test
    void riskEndIsTheWindowAhead() {
        assertThat(SlaStanding.riskEnd(NOW)).isEqualTo(Instant.parse("2026-12-01T10:15:00Z"));
    }
}
