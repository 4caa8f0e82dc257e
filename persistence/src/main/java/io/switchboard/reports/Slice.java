package io.switchboard.reports;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which of a conversation's dimensions a daily pre-aggregate row keeps ({@link ReportDay}, V57). ALL rows keep every
 * one, as report_hour does; the others are the ALL rows of the day summed over the dimensions they drop, so that a
 * report grouping by at most one of them (and filtering on none of the others) reads a few rows per day instead of
 * every combination. Tag, SLA policy, severity and metric are kept by every slice (tags are rows of their own).
 */
public enum Slice {
    /** Every dimension: queue, channel, priority and agent. */
    ALL(EnumSet.allOf(Dimension.class)),
    /** None of them: one row per measure, tag and SLA policy, severity and metric. */
    TOTAL(EnumSet.noneOf(Dimension.class)),
    QUEUE(EnumSet.of(Dimension.QUEUE)),
    CHANNEL(EnumSet.of(Dimension.CHANNEL)),
    PRIORITY(EnumSet.of(Dimension.PRIORITY)),
    AGENT(EnumSet.of(Dimension.AGENT));

    /** A conversation's dimensions that a slice may drop. */
    public enum Dimension {
        QUEUE("queue_id"),
        CHANNEL("channel"),
        PRIORITY("priority"),
        AGENT("agent_id");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }

        /** Its column in report_hour and report_day. */
        public String column() {
            return column;
        }
    }

    private final EnumSet<Dimension> kept;

    Slice(EnumSet<Dimension> kept) {
        this.kept = kept;
    }

    /** The dimensions its rows keep; the others are null in them. */
    public Set<Dimension> kept() {
        return EnumSet.copyOf(kept);
    }

    /** The slice with the fewest rows that still keeps every dimension a query groups or filters by. */
    public static Slice smallestKeeping(Set<Dimension> used) {
        if (used.isEmpty()) {
            return TOTAL;
        }
        if (used.size() == 1) {
            return switch (used.iterator().next()) {
                case QUEUE -> QUEUE;
                case CHANNEL -> CHANNEL;
                case PRIORITY -> PRIORITY;
                case AGENT -> AGENT;
            };
        }
        return ALL;
    }
}
