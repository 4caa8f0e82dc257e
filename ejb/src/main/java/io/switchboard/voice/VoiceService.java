package io.switchboard.voice;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.reports.Measure;
import io.switchboard.reports.ReportService;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.settings.SettingsService;
import io.switchboard.voice.logic.Bucketing;
import io.switchboard.voice.logic.Csat;
import io.switchboard.voice.logic.ReportRange;
import io.switchboard.voice.logic.VoiceFigures;
import io.switchboard.voice.logic.VoiceFigures.CsatGroup;
import io.switchboard.voice.logic.VoiceFigures.Key;
import io.switchboard.voice.logic.VoiceFigures.Scores;
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
 * The counts come from the reports' daily pre-aggregates ({@link ReportService#sums}: surveys by answer time, message
 * scores by scoring time, conversations by start and sentiment label), so a year costs about as much as a week; the
 * comments from the index on the answer time, newest first. The figures are made by the pure {@link VoiceFigures}.
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

    @Inject
    SettingsService settings;

    @EJB
    ReportService reports;

    /** What the report reads per day: CSAT answers and message scores. */
    private static final List<Measure> PER_DAY = List.of(Measure.HAPPY, Measure.NOT_HAPPY, Measure.MESSAGE_SCORE);

    private static final List<Measure> CSAT = List.of(Measure.HAPPY, Measure.NOT_HAPPY);

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
        reports.rollUpToNow();
        Map<LocalDate, Csat> csatPerDay = new HashMap<>();
        Map<LocalDate, Scores> scoresPerDay = new HashMap<>();
        for (ReportService.Sum sum :
                reports.sums(range.from(), range.to(), range.zone(), PER_DAY, ReportService.Grouping.NOTHING, true)) {
            if (sum.measure() == Measure.MESSAGE_SCORE) {
                scoresPerDay.merge(sum.day(), new Scores(sum.n(), sum.total()), Scores::plus);
            } else {
                csatPerDay.merge(sum.day(), csat(sum), Csat::plus);
            }
        }
        // Conversations started in the range per their label (unscored ones have none).
        Map<String, Long> labels = new HashMap<>();
        reports.sums(
                        range.from(),
                        range.to(),
                        range.zone(),
                        List.of(Measure.CREATED),
                        ReportService.Grouping.SENTIMENT,
                        false)
                .forEach(sum -> {
                    if (sum.key() != null) {
                        labels.merge((String) sum.key(), sum.n(), Long::sum);
                    }
                });
        List<VoiceReport.CsatPoint> overTime = new ArrayList<>();
        VoiceFigures.csatOverTime(csatPerDay, range, bucketing)
                .forEach(p -> overTime.add(new VoiceReport.CsatPoint(
                        p.start(),
                        p.csat().happy(),
                        p.csat().notHappy(),
                        p.csat().answers(),
                        p.csat().happyPercent())));
        List<VoiceReport.SentimentPoint> trend = new ArrayList<>();
        VoiceFigures.sentimentTrend(scoresPerDay, range, bucketing)
                .forEach(p -> trend.add(new VoiceReport.SentimentPoint(p.start(), p.messages(), p.average())));
        Map<SentimentLabel, Long> distribution = VoiceFigures.distribution(labels);
        return new VoiceReport(
                range.from(),
                range.to(),
                range.zone().getId(),
                bucketing.name(),
                row(new Key(null, "All"), VoiceFigures.csat(csatPerDay, range)),
                overTime,
                rows(csatBy(range, ReportService.Grouping.QUEUE, "select q.id, q.name from Queue q")),
                rows(csatBy(range, ReportService.Grouping.AGENT, "select a.id, a.name from Agent a")),
                rows(csatBy(range, ReportService.Grouping.TAG, "select t.id, t.name from Tag t")),
                comments(range.start(), range.end()),
                new VoiceReport.SentimentCounts(
                        distribution.get(SentimentLabel.NEGATIVE),
                        distribution.get(SentimentLabel.NEUTRAL),
                        distribution.get(SentimentLabel.POSITIVE)),
                trend);
    }

    /**
     * CSAT of the range per queue, agent (no agent: {@link VoiceFigures#UNASSIGNED}) or tag, the most answers first,
     * named by the {@code names} query (id, name); a tag's key has no id, as tags go by their name.
     */
    private List<CsatGroup> csatBy(ReportRange range, ReportService.Grouping grouping, String names) {
        List<ReportService.Sum> sums = reports.sums(range.from(), range.to(), range.zone(), CSAT, grouping, false);
        Map<Long, String> named = new HashMap<>();
        List<Long> ids = sums.stream()
                .map(ReportService.Sum::key)
                .filter(id -> id != null)
                .map(Long.class::cast)
                .distinct()
                .toList();
        if (!ids.isEmpty()) {
            String alias = names.substring(names.lastIndexOf(' ') + 1);
            em.createQuery(names + " where " + alias + ".id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> named.put((Long) row[0], (String) row[1]));
        }
        Map<Key, Csat> csat = new HashMap<>();
        for (ReportService.Sum sum : sums) {
            Key key;
            if (sum.key() == null) {
                key = VoiceFigures.UNASSIGNED;
            } else {
                Long id = (Long) sum.key();
                String name = named.getOrDefault(id, "#" + id);
                key = grouping == ReportService.Grouping.TAG ? new Key(null, name) : new Key(id, name);
            }
            csat.merge(key, csat(sum), Csat::plus);
        }
        return VoiceFigures.groups(csat);
    }

    /** A sum of HAPPY or NOT_HAPPY answers. */
    private static Csat csat(ReportService.Sum sum) {
        return sum.measure() == Measure.HAPPY ? new Csat(sum.n(), 0) : new Csat(0, sum.n());
    }

    private static List<VoiceReport.CsatRow> rows(List<CsatGroup> groups) {
        return groups.stream().map(g -> row(g.key(), g.csat())).toList();
    }

    private static VoiceReport.CsatRow row(Key key, Csat csat) {
        return new VoiceReport.CsatRow(
                key.id(), key.name(), csat.happy(), csat.notHappy(), csat.answers(), csat.happyPercent());
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
}
