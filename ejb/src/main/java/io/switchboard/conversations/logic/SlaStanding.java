package io.switchboard.conversations.logic;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a conversation stands against its SLA, as All Work and the dashboard show it: breached once a clock breached
 * (or its due time passed before the breach was recorded), at risk when the next clock is due within {@link #WINDOW},
 * otherwise on track; none without a running clock.
 */
public enum SlaStanding {
    NONE,
    ON_TRACK,
    AT_RISK,
    BREACHED;

    /** How close to its due time a clock is "at risk": a supervisor still has time to act. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /**
     * @param nextDue the earliest due time of the running clocks, null when none runs
     * @param breached whether a clock of the conversation breached
     */
    public static SlaStanding of(Instant nextDue, boolean breached, Instant now) {
        if (breached || (nextDue != null && !nextDue.isAfter(now))) {
            return BREACHED;
        }
        if (nextDue == null) {
            return NONE;
        }
        return nextDue.isAfter(now.plus(WINDOW)) ? ON_TRACK : AT_RISK;
    }

    /** The end of the at-risk window: clocks due after now and up to this are at risk. */
    public static Instant riskEnd(Instant now) {
        return now.plus(WINDOW);
    }
}
