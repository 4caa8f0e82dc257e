package io.switchboard.voice.logic;

import io.switchboard.sentiment.logic.SentimentLabel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Voice of the Customer's figures from counts per local day (the daily pre-aggregates): CSAT (the happy share of
 * answered surveys) per day or week and per queue, agent and tag; and the mean sentiment score of customers' messages
 * per day or week. Days outside the range are left out, so a caller may pass a little more than the range.
 */
public final class VoiceFigures {

    /** What answers are grouped by: a queue, agent or tag, with its id when it has one (a tag goes by its name). */
    public record Key(Long id, String name) {}

    /** The agent group of answers on conversations nobody was assigned to. */
    public static final Key UNASSIGNED = new Key(null, "Unassigned");

    /** CSAT of the answers given in a day or week starting on {@code start}. */
    public record CsatPoint(LocalDate start, Csat csat) {}

    /** CSAT of the answers on the conversations of one queue, agent or tag. */
    public record CsatGroup(Key key, Csat csat) {}

    /** How many customers' messages were scored in some time, and their scores' sum in thousandths. */
    public record Scores(long messages, long thousandths) {
        public static final Scores NONE = new Scores(0, 0);

        public Scores plus(Scores other) {
            return new Scores(messages + other.messages, thousandths + other.thousandths);
        }
    }

    /** The mean score of the messages scored in a day or week; null without any. */
    public record SentimentPoint(LocalDate start, long messages, Double average) {}

    private VoiceFigures() {}

    /** CSAT per day or week of the range from CSAT per day, every point present (without answers: none). */
    public static List<CsatPoint> csatOverTime(Map<LocalDate, Csat> perDay, ReportRange range, Bucketing bucketing) {
        Map<LocalDate, Csat> points = new LinkedHashMap<>();
        range.buckets(bucketing).forEach(start -> points.put(start, Csat.NONE));
        perDay.forEach((day, csat) -> {
            if (range.contains(day)) {
                points.computeIfPresent(range.bucketOf(day, bucketing), (d, c) -> c.plus(csat));
            }
        });
        List<CsatPoint> list = new ArrayList<>();
        points.forEach((start, csat) -> list.add(new CsatPoint(start, csat)));
        return list;
    }

    /** CSAT of the whole range. */
    public static Csat csat(Map<LocalDate, Csat> perDay, ReportRange range) {
        Csat all = Csat.NONE;
        for (Map.Entry<LocalDate, Csat> day : perDay.entrySet()) {
            if (range.contains(day.getKey())) {
                all = all.plus(day.getValue());
            }
        }
        return all;
    }

    /** Groups (queues, agents or tags) with the most answers first, then by name; groups without answers left out. */
    public static List<CsatGroup> groups(Map<Key, Csat> csatByKey) {
        List<CsatGroup> list = new ArrayList<>();
        csatByKey.forEach((key, csat) -> {
            if (csat.answers() > 0) {
                list.add(new CsatGroup(key, csat));
            }
        });
        list.sort(Comparator.comparingLong((CsatGroup g) -> -g.csat().answers())
                .thenComparing(g -> g.key().name().toLowerCase(Locale.ROOT)));
        return list;
    }

    /** The mean message score per day or week of the range, two decimals, every point present. */
    public static List<SentimentPoint> sentimentTrend(
            Map<LocalDate, Scores> perDay, ReportRange range, Bucketing bucketing) {
        Map<LocalDate, Scores> sums = new LinkedHashMap<>();
        range.buckets(bucketing).forEach(start -> sums.put(start, Scores.NONE));
        perDay.forEach((day, scores) -> {
            if (range.contains(day)) {
                sums.computeIfPresent(range.bucketOf(day, bucketing), (d, s) -> s.plus(scores));
            }
        });
        List<SentimentPoint> points = new ArrayList<>();
        sums.forEach((start, sum) ->
                points.add(new SentimentPoint(start, sum.messages(), meanScore(sum.messages(), sum.thousandths()))));
        return points;
    }

    /**
     * The mean of scores from their sum in thousandths, to two decimals with halves away from zero (as scores are
     * shown), computed exactly; null without messages.
     */
    public static Double meanScore(long messages, long thousandths) {
        if (messages == 0) {
            return null;
        }
        return BigDecimal.valueOf(thousandths)
                .divide(BigDecimal.valueOf(messages).multiply(BigDecimal.valueOf(1000)), 2, RoundingMode.HALF_UP)
                .doubleValue();
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
