package io.switchboard.workflows.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/** Figures workflow conditions compare that are computed from times, not stored. */
public final class ConditionFigures {

    private ConditionFigures() {}

    /**
     * Hours from {@code since} to {@code now} to the second, as a decimal (90 minutes: 1.5), never negative: "hours
     * since assignee updated greater than 6" holds from the first second after six hours on.
     */
    public static BigDecimal hoursBetween(Instant since, Instant now) {
        long seconds = Math.max(0, Duration.between(since, now).toSeconds());
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 6, RoundingMode.DOWN);
    }
}
