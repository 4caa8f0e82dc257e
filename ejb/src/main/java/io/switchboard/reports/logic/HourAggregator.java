package io.switchboard.reports.logic;

import io.switchboard.reports.Measure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds one hour's facts (a conversation started, a message, a first answer, a resolution, an SLA outcome) into the
 * pre-aggregate cells: one per measure and dimension values, once with tag 0 (every conversation) and once more per
 * tag the conversation has.
 */
public final class HourAggregator {

    /** The dimensions of a cell. Null dimension values are kept as null. */
    public record Key(
            Measure measure,
            Long queueId,
            String channel,
            String priority,
            long tagId,
            Long agentId,
            String policy,
            String severity,
            String metric,
            String sentiment) {}

    /**
     * One fact: its dimensions, its conversation's tags and sentiment label (null: none) and, for durations, the
     * seconds.
     */
    public record Fact(
            Measure measure,
            Long queueId,
            String channel,
            String priority,
            List<Long> tagIds,
            Long agentId,
            String policy,
            String severity,
            String metric,
            String sentiment,
            Long seconds) {

        public static Fact of(Measure measure, Long queueId, String channel, String priority, List<Long> tagIds) {
            return new Fact(measure, queueId, channel, priority, tagIds, null, null, null, null, null, null);
        }

        public Fact withSeconds(long s) {
            return new Fact(
                    measure, queueId, channel, priority, tagIds, agentId, policy, severity, metric, sentiment, s);
        }

        public Fact withAgent(Long agent) {
            return new Fact(
                    measure, queueId, channel, priority, tagIds, agent, policy, severity, metric, sentiment, seconds);
        }

        public Fact withSla(String policyName, String severityName, String metricName) {
            return new Fact(
                    measure,
                    queueId,
                    channel,
                    priority,
                    tagIds,
                    agentId,
                    policyName,
                    severityName,
                    metricName,
                    sentiment,
                    seconds);
        }

        public Fact withSentiment(String label) {
            return new Fact(
                    measure, queueId, channel, priority, tagIds, agentId, policy, severity, metric, label, seconds);
        }
    }

    /** The tag id that stands for every conversation. */
    public static final long ALL_TAGS = 0;

    private final Map<Key, Histogram> cells = new LinkedHashMap<>();

    public void add(Fact fact) {
        add(fact, ALL_TAGS);
        if (fact.tagIds() != null) {
            fact.tagIds().stream().distinct().forEach(tag -> add(fact, tag));
        }
    }

    private void add(Fact fact, long tagId) {
        Key key = new Key(
                fact.measure(),
                fact.queueId(),
                fact.channel(),
                fact.priority(),
                tagId,
                fact.agentId(),
                fact.policy(),
                fact.severity(),
                fact.metric(),
                fact.sentiment());
        Histogram cell = cells.computeIfAbsent(key, k -> new Histogram());
        if (fact.measure().isDuration()) {
            if (fact.seconds() == null) {
                throw new IllegalArgumentException(fact.measure() + " needs seconds");
            }
            cell.add(fact.seconds());
        } else {
            cell.add(1, 0, new long[DurationBuckets.COUNT]);
        }
    }

    /**
     * Adds a piece of an agent's time (a status period, or its occupied part) to the agent's cell of the measure: n
     * counts the pieces, the total their seconds; no buckets.
     */
    public void addTime(Measure measure, long agentId, long seconds) {
        Key key = new Key(measure, null, null, null, ALL_TAGS, agentId, null, null, null, null);
        cells.computeIfAbsent(key, k -> new Histogram()).add(1, seconds, new long[DurationBuckets.COUNT]);
    }

    /**
     * Adds a customer's message's sentiment score (-1 to +1, two decimals) to the hour's one
     * {@link Measure#MESSAGE_SCORE} cell: n counts the messages, the total their scores in thousandths (whole numbers,
     * so that sums of any order agree).
     */
    public void addScore(double score) {
        Key key = new Key(Measure.MESSAGE_SCORE, null, null, null, ALL_TAGS, null, null, null, null, null);
        cells.computeIfAbsent(key, k -> new Histogram()).add(1, thousandths(score), new long[DurationBuckets.COUNT]);
    }

    /** A score in thousandths. */
    public static long thousandths(double score) {
        return Math.round(score * 1000);
    }

    /** The cells: for counts only n is set; for durations n, the total seconds and the buckets. */
    public Map<Key, Histogram> cells() {
        return cells;
    }
}
