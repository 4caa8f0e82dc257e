package io.switchboard.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Voice of the Customer for a date range (days in the account's time zone): CSAT of the surveys answered in it,
 * over time and per queue, agent and tag; the newest comments; the sentiment of the conversations started in it and
 * the mean score of the customers' messages per day or week.
 *
 * @param from           the first day
 * @param to             the last day
 * @param timeZone       the zone whose days are meant
 * @param bucketing      DAY or WEEK: what one point of the charts covers
 * @param csat           all answers of the range
 * @param csatOverTime   per day or week, every one present
 * @param csatByQueue    per queue of the surveyed conversations, the most answers first
 * @param csatByAgent    per assignee, "Unassigned" without id
 * @param csatByTag      per tag (an answer counts for each tag of its conversation)
 * @param comments       the newest comments first, at most {@link VoiceService#COMMENTS_SHOWN}
 * @param sentiment      conversations started in the range per label NEGATIVE, NEUTRAL, POSITIVE
 * @param sentimentTrend mean score of the customers' messages scored per day or week
 */
public record VoiceReport(
        LocalDate from,
        LocalDate to,
        String timeZone,
        String bucketing,
        CsatRow csat,
        List<CsatPoint> csatOverTime,
        List<CsatRow> csatByQueue,
        List<CsatRow> csatByAgent,
        List<CsatRow> csatByTag,
        List<Comment> comments,
        SentimentCounts sentiment,
        List<SentimentPoint> sentimentTrend) {

    /** Happy and not happy answers of a group (a queue, agent or tag: id null for a tag and for "Unassigned"). */
    public record CsatRow(Long id, String name, long happy, long notHappy, long answers, Double happyPercent) {}

    /** Happy and not happy answers given in a day or week starting on {@code start}. */
    public record CsatPoint(LocalDate start, long happy, long notHappy, long answers, Double happyPercent) {}

    /** A customer's comment with their score, on a conversation (its id and short id, queue and assignee). */
    public record Comment(
            long conversationId, long shortId, String score, String comment, Instant at, String queue, String agent) {}

    /** Conversations per sentiment label. */
    public record SentimentCounts(long negative, long neutral, long positive) {
        public long total() {
            return negative + neutral + positive;
        }
    }

    /** The mean score of the messages scored in a day or week; null without any. */
    public record SentimentPoint(LocalDate start, long messages, Double average) {}
}
