package io.switchboard.sla.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sla.logic.SlaCountdown.Level;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaCountdownTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void showsTheTimeLeftInGreenWhileMoreThanHalfRemains() {
        SlaCountdown countdown = SlaCountdown.of(NOW.plusSeconds(40 * 60), HOUR, NOW);
        assertThat(countdown.level()).isEqualTo(Level.OK);
        assertThat(countdown.text()).isEqualTo("40m left");
        assertThat(countdown.styleClass()).isEqualTo("sb-sla-ok");
    }

    @Test
    void turnsAmberWhenHalfTheTargetIsGone() {
        assertThat(SlaCountdown.of(NOW.plusSeconds(30 * 60), HOUR, NOW).level()).isEqualTo(Level.AMBER);
        assertThat(SlaCountdown.of(NOW.plusSeconds(16 * 60), HOUR, NOW).level()).isEqualTo(Level.AMBER);
    }

    @Test
    void turnsRedInTheLastQuarter() {
        SlaCountdown countdown = SlaCountdown.of(NOW.plusSeconds(15 * 60), HOUR, NOW);
        assertThat(countdown.level()).isEqualTo(Level.RED);
        assertThat(SlaCountdown.of(NOW.plusSeconds(45), HOUR, NOW).text()).isEqualTo("45s left");
    }

    @Test
    void isRedWithoutAKnownTarget() {
        assertThat(SlaCountdown.of(NOW.plusSeconds(600), Duration.ZERO, NOW).level())
                .isEqualTo(Level.RED);
        assertThat(SlaCountdown.of(NOW.plusSeconds(600), null, NOW).level()).isEqualTo(Level.RED);
    }

    @Test
    void saysBreachedByAfterTheDueTime() {
        SlaCountdown countdown = SlaCountdown.of(NOW.minusSeconds(5 * 60 + 10), HOUR, NOW);
        assertThat(countdown.level()).isEqualTo(Level.BREACHED);
        assertThat(countdown.text()).isEqualTo("breached by 5m");
        assertThat(SlaCountdown.of(NOW, HOUR, NOW).text()).isEqualTo("breached by 0s");
        assertThat(SlaCountdown.breachedBy(Duration.ofHours(26)).text()).isEqualTo("breached by 1d 2h");
    }

    @Test
    void readsLongTimesInTheTwoLargestUnits() {
        assertThat(SlaCountdown.words(Duration.ofMinutes(65))).isEqualTo("1h 05m");
        assertThat(SlaCountdown.words(Duration.ofHours(50))).isEqualTo("2d 2h");
        assertThat(SlaCountdown.words(Duration.ofSeconds(-3))).isEqualTo("0s");
        assertThat(SlaCountdown.NONE.level()).isEqualTo(Level.NONE);
    }

    @Test
    void aCountingClockCarriesItsDueTimeAndTargetForThePageToCountOn() {
        SlaCountdown running = SlaCountdown.of(NOW.plusSeconds(600), HOUR, NOW);
        assertThat(running.dueMillis()).isEqualTo(NOW.plusSeconds(600).toEpochMilli());
        assertThat(running.targetSeconds()).isEqualTo(3600);
        // Past due but still open: the page goes on counting how late.
        assertThat(SlaCountdown.of(NOW.minusSeconds(5), HOUR, NOW).dueMillis()).isNotNull();
        // A clock that stopped late, or none: nothing to count.
        assertThat(SlaCountdown.breachedBy(Duration.ofMinutes(3)).dueMillis()).isNull();
        assertThat(SlaCountdown.NONE.dueMillis()).isNull();
    }
}
