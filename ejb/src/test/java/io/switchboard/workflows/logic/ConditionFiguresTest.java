package io.switchboard.workflows.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionFiguresTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void hoursAreCountedToTheSecond() {
        assertThat(ConditionFigures.hoursBetween(NOW.minusSeconds(90 * 60), NOW))
                .isEqualByComparingTo("1.5");
        assertThat(ConditionFigures.hoursBetween(NOW.minusSeconds(6 * 3600 + 1), NOW))
                .isGreaterThan(new java.math.BigDecimal("6"));
        assertThat(ConditionFigures.hoursBetween(NOW.minusSeconds(6 * 3600), NOW))
                .isEqualByComparingTo("6");
    }

    @Test
    void aTimeAfterNowCountsAsNoTime() {
        assertThat(ConditionFigures.hoursBetween(NOW.plusSeconds(60), NOW)).isEqualByComparingTo("0");
    }
}
