package io.switchboard.voice;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.settings.SettingsService;
import io.switchboard.surveys.logic.SurveyReplies;
import io.switchboard.voice.logic.Bucketing;
import io.switchboard.voice.logic.Csat;
import io.switchboard.voice.logic.ReportRange;
import io.switchboard.voice.logic.VoiceFigures;
import io.switchboard.voice.logic.VoiceFigures.Answer;
import io.switchboard.voice.logic.VoiceFigures.CsatGroup;
import io.switchboard.voice.logic.VoiceFigures.Key;
import io.switchboard.voice.logic.VoiceFigures.Scored;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Voice of the Customer dashboard's figures (the guide: "insight into customers' feedback that they provide after
 * a conversation with an agent over surveys"): the surveys answered in a range and the sentiment of its conversations.
 * Rows are read over indexes on the answer time (survey.scored_at), the message score time
 * (message_sentiment.scored_at) and the conversation start (conversation.created_at); the figures are made by the pure
 * {@link VoiceFigures}.
 */
@Stateless
public class VoiceService {

    /** How many comments a report lists, newest first. */
    public static final int COMMENTS_SHOWN = 100;

    /** The default range: the last 30 days up to today. */
    public static final int DEFAULT_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    SettingsService settings;

    /** The account's time zone (Setting {@code account.timeZone}). */
    public ZoneId timeZone() {
        return settings.timeZone();
    }

    /** The last {@link #DEFAULT_DAYS} days in the account's zone. */
    public ReportRange defaultRange() {
        return ReportRange.lastDays(DEFAULT_DAYS, clock.instant(), timeZone());
    }

    /**
     * The range of two ISO dates in the account's zone, either may be missing: without {@code to} the range ends today,
     * without {@code from} it starts {@link #DEFAULT_DAYS} days before its end.
     *
     * @throws InvalidInputException naming {@code from} or {@code to}: not a date, from after to, over a year
     */
    public ReportRange range(String from, String to) {
        ZoneId zone = timeZone();
        LocalDate end = date("to", to);
        if (end == null) {
            end = clock.instant().atZone(zone).toLocalDate();
        }
        LocalDate begin = date("from", from);
        if (begin == null) {
            begin = end.minusDays(DEFAULT_DAYS - 1L);
        }
        if (begin.isAfter(end)) {
            throw new InvalidInputException("from", "must not be after to (" + end + ")");
        }
        if (ChronoUnit.DAYS.between(begin, end) + 1 > ReportRange.MAX_DAYS) {
            throw new InvalidInputException("to", "must be at most " + ReportRange.MAX_DAYS + " days after from");
        }
        return new ReportRange(begin, end, zone);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date such as 2026-11-30");
        }
    }

    /** The report of a range, per day or week (null: days up to two months, weeks beyond). */
    public VoiceReport report(ReportRange range, Bucketing wanted) {
        Bucketing bucketing = wanted == null ? range.defaultBucketing() : wanted;
        Instant start = range.start();
        Instant end = range.end();
        List<Answer> answers = answers(start, end);
        List<VoiceReport.CsatPoint> overTime = new ArrayList<>();
        VoiceFigures.csatOverTime(answers, range, bucketing)
                .forEach(p -> overTime.add(new VoiceReport.CsatPoint(
                        p.start(),
                        p.csat().happy(),
                        p.csat().notHappy(),
                        p.csat().answers(),
                        p.csat().happyPercent())));
        List<VoiceReport.SentimentPoint> trend = new ArrayList<>();
        VoiceFigures.sentimentTrend(scores(start, end), range, bucketing)
                .forEach(p -> trend.add(new VoiceReport.SentimentPoint(p.start(), p.messages(), p.average())));
        Map<SentimentLabel, Long> labels = VoiceFigures.distribution(labels(start, end));
        return new VoiceReport(
                range.from(),
                range.to(),
                range.zone().getId(),
                bucketing.name(),
                row(new Key(null, "All"), VoiceFigures.csat(answers, range)),
                overTime,
                rows(VoiceFigures.byQueue(answers, range)),
                rows(VoiceFigures.byAgent(answers, range)),
                rows(VoiceFigures.byTag(answers, range)),
                comments(start, end),
                new VoiceReport.SentimentCounts(
                        labels.get(SentimentLabel.NEGATIVE),
                        labels.get(SentimentLabel.NEUTRAL),
                        labels.get(SentimentLabel.POSITIVE)),
                trend);
    }

    private static List<VoiceReport.CsatRow> rows(List<CsatGroup> groups) {
        return groups.stream().map(g -> row(g.key(), g.csat())).toList();
    }

    private static VoiceReport.CsatRow row(Key key, Csat csat) {
        return new VoiceReport.CsatRow(
                key.id(), key.name(), csat.happy(), csat.notHappy(), csat.answers(), csat.happyPercent());
    }

    /** The surveys scored in the range, with their conversation's queue, assignee and tags. */
    private List<Answer> answers(Instant start, Instant end) {
        Map<Long, List<Key>> tags = new HashMap<>();
        em.createQuery(
                        "select s.id, t.name from Survey s, Conversation c join c.tags t where c.id = s.conversationId"
                                + " and s.scoredAt >= :start and s.scoredAt < :end",
                        Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Key(null, (String) row[1])));
        List<Answer> answers = new ArrayList<>();
        em.createQuery(
                        "select s.id, s.score, s.scoredAt, q.id, q.name, a.id, a.name from Survey s, Conversation c"
                                + " join c.queue q left join c.assignee a where c.id = s.conversationId"
                                + " and s.scoredAt >= :start and s.scoredAt < :end",
                        Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .forEach(row -> answers.add(new Answer(
                        (Instant) row[2],
                        SurveyReplies.HAPPY.equals(row[1]),
                        new Key((Long) row[3], (String) row[4]),
                        row[5] == null ? null : new Key((Long) row[5], (String) row[6]),
                        tags.get((Long) row[0]))));
        return answers;
    }

    private List<VoiceReport.Comment> comments(Instant start, Instant end) {
        List<VoiceReport.Comment> comments = new ArrayList<>();
        em.createQuery(
                        "select s.conversationId, c.shortId, s.score, s.comment, s.scoredAt, q.name, a.name"
                                + " from Survey s, Conversation c join c.queue q left join c.assignee a"
                                + " where c.id = s.conversationId and s.comment is not null"
                                + " and s.scoredAt >= :start and s.scoredAt < :end order by s.scoredAt desc, s.id desc",
                        Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .setMaxResults(COMMENTS_SHOWN)
                .getResultList()
                .forEach(row -> comments.add(new VoiceReport.Comment(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (String) row[3],
                        (Instant) row[4],
                        (String) row[5],
                        (String) row[6])));
        return comments;
    }

    /** The customers' messages scored in the range. */
    private List<Scored> scores(Instant start, Instant end) {
        List<Scored> scores = new ArrayList<>();
        em.createQuery(
                        "select m.scoredAt, m.score from MessageSentiment m where m.scoredAt >= :start"
                                + " and m.scoredAt < :end",
                        Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .forEach(row -> scores.add(new Scored((Instant) row[0], ((Number) row[1]).doubleValue())));
        return scores;
    }

    /** The conversations started in the range per sentiment label (unscored ones have none). */
    private Map<String, Long> labels(Instant start, Instant end) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery(
                        "select cs.label, count(cs) from ConversationSentiment cs, Conversation c"
                                + " where c.id = cs.conversationId and c.createdAt >= :start and c.createdAt < :end"
                                + " group by cs.label",
                        Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
