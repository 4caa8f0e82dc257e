package io.switchboard.sla.logic;

import io.switchboard.sla.SlaMetric;
import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock of a conversation: when it started, when it is (or was) due, and how it ended. {@code due} is null
 * while the clock is paused with time left. Durations are counted time (working time for working-hours severities).
 */
public record MetricState(
        SlaMetric metric,
        Instant start,
        Duration target,
        Instant due,
        Status status,
        Instant endedAt,
        Duration remaining,
        Duration breachedBy) {

    /** Where a clock stands. */
    public enum Status {
        /** Counting, not yet due. */
        RUNNING,
        /** Paused (Solved) before it was due. */
        PAUSED,
        /** Answered or solved in time. */
        MET,
        /** Past due: still open, answered late, or closed unanswered after the due time. */
        BREACHED,
        /** Closed in time without an answer: neither met nor breached. */
        STOPPED
    }

    public boolean breached() {
        return status == Status.BREACHED;
    }
}
