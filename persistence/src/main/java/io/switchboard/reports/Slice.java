package io.switchboard.reports;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which of a conversation's dimensions a daily pre-aggregate row keeps ({@link ReportDay}, V57). ALL rows keep every
 * one, as report_hour does; the others are the ALL rows of the day summed over the dimensions they drop, so that a
 * report grouping by one of queue, channel, priority and agent (and filtering on none of the others, sentiment
 * aside) reads a few rows per day instead of every combination. Tag, SLA policy, severity and metric are kept by
 * every slice (tags are rows of their own).
 */
public enum Slice {
    /** Every dimension. */
    ALL(EnumSet.allOf(Dimension.class)),
    /** None of them: one row per measure, tag and SLA policy, severity and metric. */
    TOTAL(EnumSet.noneOf(Dimension.class)),
    QUEUE(EnumSet.of(Dimension.QUEUE)),
    CHANNEL(EnumSet.of(Dimension.CHANNEL)),
    PRIORITY(EnumSet.of(Dimension.PRIORITY)),
    AGENT(EnumSet.of(Dimension.AGENT)),
    SENTIMENT(EnumSet.of(Dimension.SENTIMENT)),
    QUEUE_SENTIMENT(EnumSet.of(Dimension.QUEUE, Dimension.SENTIMENT)),
    CHANNEL_SENTIMENT(EnumSet.of(Dimension.CHANNEL, Dimension.SENTIMENT)),
    PRIORITY_SENTIMENT(EnumSet.of(Dimension.PRIORITY, Dimension.SENTIMENT)),
    AGENT_SENTIMENT(EnumSet.of(Dimension.AGENT, Dimension.SENTIMENT));

    /** A conversation's dimensions that a slice may drop. */
    public enum Dimension {
        QUEUE("queue_id"),
        CHANNEL("channel"),
        PRIORITY("priority"),
        AGENT("agent_id"),
        /** The conversation's sentiment label (NEGATIVE, NEUTRAL, POSITIVE; null: not scored). */
        SENTIMENT("sentiment");

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

    /** The slice with the fewest dimensions (so the fewest rows) that keeps every one a query groups or filters by. */
    public static Slice smallestKeeping(Set<Dimension> used) {
        return Stream.of(values())
                .filter(slice -> slice.kept.containsAll(used))
                .min(Comparator.comparingInt(slice -> slice.kept.size()))
                .orElse(ALL);
    }
}
