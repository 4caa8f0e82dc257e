package io.switchboard.voice.logic;

import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.sentiment.logic.SentimentScores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The Voice of the Customer's figures from plain rows: CSAT (the happy share of answered surveys) per day or week and
 * per queue, agent and tag; and the sentiment of customers' messages per day or week. Rows outside the range are left
 * out, so a caller may read a little more than the range.
 */
public final class VoiceFigures {

    /** What answers are grouped by: a queue, agent or tag, with its id when it has one (a tag goes by its name). */
    public record Key(Long id, String name) {}

    /** The agent group of answers on conversations nobody was assigned to. */
    public static final Key UNASSIGNED = new Key(null, "Unassigned");

    /**
     * One answered survey.
     *
     * @param at    when the customer gave the score
     * @param happy whether the score is happy
     * @param queue the conversation's queue
     * @param agent the conversation's assignee; null: nobody
     * @param tags  the conversation's tags
     */
    public record Answer(Instant at, boolean happy, Key queue, Key agent, List<Key> tags) {
        public Answer {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** CSAT of the answers given in a day or week starting on {@code start}. */
    public record CsatPoint(LocalDate start, Csat csat) {}

    /** CSAT of the answers on the conversations of one queue, agent or tag. */
    public record CsatGroup(Key key, Csat csat) {}

    /** A customer's message's sentiment score (-1 to +1) and when it was scored. */
    public record Scored(Instant at, double score) {}

    /** The mean score of the messages scored in a day or week; null without any. */
    public record SentimentPoint(LocalDate start, long messages, Double average) {}

    private VoiceFigures() {}

    /** CSAT per day or week of the range, every point present (without answers: none). */
    public static List<CsatPoint> csatOverTime(Collection<Answer> answers, ReportRange range, Bucketing bucketing) {
        Map<LocalDate, Csat> points = new LinkedHashMap<>();
        range.buckets(bucketing).forEach(start -> points.put(start, Csat.NONE));
        for (Answer answer : answers) {
            if (range.contains(answer.at())) {
                points.computeIfPresent(range.bucketOf(answer.at(), bucketing), (d, c) -> c.plus(answer.happy()));
            }
        }
        List<CsatPoint> list = new ArrayList<>();
        points.forEach((start, csat) -> list.add(new CsatPoint(start, csat)));
        return list;
    }

    /** CSAT of the whole range. */
    public static Csat csat(Collection<Answer> answers, ReportRange range) {
        Csat all = Csat.NONE;
        for (Answer answer : answers) {
            if (range.contains(answer.at())) {
                all = all.plus(answer.happy());
            }
        }
        return all;
    }

    /** CSAT per queue. */
    public static List<CsatGroup> byQueue(Collection<Answer> answers, ReportRange range) {
        return by(answers, range, a -> List.of(a.queue()));
    }

    /** CSAT per assigned agent, and "Unassigned". */
    public static List<CsatGroup> byAgent(Collection<Answer> answers, ReportRange range) {
        return by(answers, range, a -> List.of(a.agent() == null ? UNASSIGNED : a.agent()));
    }

    /** CSAT per tag: an answer counts for every tag of its conversation; untagged conversations count for none. */
    public static List<CsatGroup> byTag(Collection<Answer> answers, ReportRange range) {
        return by(answers, range, Answer::tags);
    }

    /** Groups with the most answers first, then by name. */
    static List<CsatGroup> by(
            Collection<Answer> answers, ReportRange range, Function<Answer, Collection<Key>> keysOfAnswer) {
        Map<Key, Csat> groups = new LinkedHashMap<>();
        for (Answer answer : answers) {
            if (range.contains(answer.at())) {
                keysOfAnswer
                        .apply(answer)
                        .forEach(key -> groups.merge(key, Csat.NONE.plus(answer.happy()), VoiceFigures::sum));
            }
        }
        List<CsatGroup> list = new ArrayList<>();
        groups.forEach((key, csat) -> list.add(new CsatGroup(key, csat)));
        list.sort(Comparator.comparingLong((CsatGroup g) -> -g.csat().answers())
                .thenComparing(g -> g.key().name().toLowerCase(Locale.ROOT)));
        return list;
    }

    private static Csat sum(Csat a, Csat b) {
        return new Csat(a.happy() + b.happy(), a.notHappy() + b.notHappy());
    }

    /** The mean message score per day or week of the range, two decimals, every point present. */
    public static List<SentimentPoint> sentimentTrend(
            Collection<Scored> scores, ReportRange range, Bucketing bucketing) {
        Map<LocalDate, double[]> sums = new LinkedHashMap<>();
        range.buckets(bucketing).forEach(start -> sums.put(start, new double[2]));
        for (Scored scored : scores) {
            if (range.contains(scored.at())) {
                double[] sum = sums.get(range.bucketOf(scored.at(), bucketing));
                sum[0] += scored.score();
                sum[1]++;
            }
        }
        List<SentimentPoint> points = new ArrayList<>();
        sums.forEach((start, sum) -> points.add(new SentimentPoint(
                start, (long) sum[1], sum[1] == 0 ? null : SentimentScores.rounded(sum[0] / sum[1]))));
        return points;
    }

    /** Conversations per sentiment label, every label present (Negative, Neutral, Positive in that order). */
    public static Map<SentimentLabel, Long> distribution(Map<String, Long> countsByLabel) {
        Map<SentimentLabel, Long> distribution = new EnumMap<>(SentimentLabel.class);
        for (SentimentLabel label : SentimentLabel.values()) {
            distribution.put(label, countsByLabel.getOrDefault(label.name(), 0L));
        }
        return distribution;
    }
}
