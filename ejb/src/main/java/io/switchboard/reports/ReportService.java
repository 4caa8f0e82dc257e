package io.switchboard.reports;

import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.reports.ConversationsReport.AgentRow;
import io.switchboard.reports.ConversationsReport.Bucket;
import io.switchboard.reports.ConversationsReport.Day;
import io.switchboard.reports.ConversationsReport.Sla;
import io.switchboard.reports.ConversationsReport.Times;
import io.switchboard.reports.ConversationsReport.Totals;
import io.switchboard.reports.Slice.Dimension;
import io.switchboard.reports.logic.AgentTime;
import io.switchboard.reports.logic.DurationBuckets;
import io.switchboard.reports.logic.Histogram;
import io.switchboard.reports.logic.LocalDays;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Conversations report, read from the hourly pre-aggregates ({@link ReportHour}, see
 * docs/reports-query-plans.md): a handful of grouped sums over the index (tag, measure, hour), whatever the number of
 * conversations. The hours are brought up to date first ({@link ReportRollup#catchUp()}), so the current hour counts.
 */
@Stateless
public class ReportService {

    /** The longest span a report covers. */
    public static final int MAX_DAYS = 366;

    /** The entity field of each dimension a slice may drop. */
    private static final Map<Dimension, String> FIELDS = Map.of(
            Dimension.QUEUE, "queueId",
            Dimension.CHANNEL, "channel",
            Dimension.PRIORITY, "priority",
            Dimension.AGENT, "agentId",
            Dimension.SENTIMENT, "sentiment");

    private static final String BUCKET_SUMS = IntStream.range(0, DurationBuckets.COUNT)
            .mapToObj(i -> String.format(", sum(r.b%02d)", i))
            .collect(Collectors.joining());

    /** The measures of agents' time, summed per agent. */
    private static final List<Measure> AGENT_TIME = List.of(
            Measure.STATUS_AVAILABLE,
            Measure.STATUS_BUSY,
            Measure.STATUS_AWAY,
            Measure.STATUS_UNAVAILABLE,
            Measure.OCCUPIED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    ReportRollup rollup;

    @Inject
    SettingsService settings;

    /** The account's default time zone (Settings › General), the one home reports take their days from. */
    public ZoneId accountZone() {
        return settings.timeZone();
    }

    /** Today in the account's time zone. */
    public LocalDate today() {
        return LocalDays.dayOf(clock.instant(), accountZone());
    }

    /** Checks the span and filters: 400 naming the field. */
    public void validate(ReportFilter filter) {
        if (filter.to().isBefore(filter.from())) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (filter.from().plusDays(MAX_DAYS).isBefore(filter.to())) {
            throw new InvalidInputException("to", "the report covers at most " + MAX_DAYS + " days");
        }
        if (filter.queueId() != null
                && em.createQuery("select count(q) from Queue q where q.id = :id", Long.class)
                                .setParameter("id", filter.queueId())
                                .getSingleResult()
                        == 0) {
            throw new InvalidInputException("queue", "no queue has this id");
        }
        if (filter.tagId() != null
                && em.createQuery("select count(t) from Tag t where t.id = :id", Long.class)
                                .setParameter("id", filter.tagId())
                                .getSingleResult()
                        == 0) {
            throw new InvalidInputException("tag", "no tag has this id");
        }
    }

    /**
     * What a report reads: the daily pre-aggregates when they are days of the report's zone (the account's, once the
     * rollup has built them in it), otherwise the hours from the first instant of the first day to the end of the last.
     */
    record Span(ReportFilter filter, boolean daily, Instant from, Instant to) {}

    /** Rolls the pre-aggregates up to now (the running hour included), as each report does before it reads them. */
    public void rollUpToNow() {
        rollup.catchUp();
    }

    /** The span of a filter's days (read after {@link #rollUpToNow()}). */
    private Span span(ReportFilter filter) {
        ReportRollupMark mark = em.find(ReportRollupMark.class, ReportRollupMark.ID);
        return new Span(
                filter,
                filter.zone().getId().equals(mark.getDayZone()),
                LocalDays.start(filter.from(), filter.zone()),
                LocalDays.end(filter.to(), filter.zone()));
    }

    public ConversationsReport report(ReportFilter filter) {
        validate(filter);
        rollUpToNow();
        Span span = span(filter);
        ReportRollupMark mark = em.find(ReportRollupMark.class, ReportRollupMark.ID);

        List<Day> days = days(span);
        Map<String, String> queueNames = names("select q.id, q.name from Queue q");
        Map<String, String> tagNames = names("select t.id, t.name from Tag t");
        Map<String, Map<Measure, Histogram>> queueCells = durations(span, Dimension.QUEUE);
        List<Times> byQueue = times(queueCells, key -> queueNames.getOrDefault(key, key));
        List<Times> byChannel = times(durations(span, Dimension.CHANNEL), ReportService::words);
        List<Times> byTag = times(durations(span, null), key -> tagNames.getOrDefault(key, key));
        List<Times> byPriority = times(durations(span, Dimension.PRIORITY), ReportService::words);

        Histogram firstResponses = new Histogram();
        Histogram resolutions = new Histogram();
        // Every row has a queue: the queue rows add up to the whole.
        queueCells.forEach((key, cells) -> {
            if (cells.containsKey(Measure.FIRST_RESPONSE)) {
                firstResponses.add(cells.get(Measure.FIRST_RESPONSE));
            }
            if (cells.containsKey(Measure.RESOLUTION)) {
                resolutions.add(cells.get(Measure.RESOLUTION));
            }
        });
        long[] fr = firstResponses.buckets();
        long[] res = resolutions.buckets();
        List<Bucket> histogram = new ArrayList<>();
        for (int i = 0; i < DurationBuckets.COUNT; i++) {
            histogram.add(new Bucket(DurationBuckets.label(i), DurationBuckets.lower(i), fr[i], res[i]));
        }
        Totals totals = new Totals(
                days.stream().mapToLong(Day::conversations).sum(),
                days.stream().mapToLong(Day::messagesIn).sum(),
                days.stream().mapToLong(Day::messagesOut).sum(),
                firstResponses.count(),
                firstResponses.medianSeconds(),
                firstResponses.p90Seconds(),
                firstResponses.meanSeconds(),
                resolutions.count(),
                resolutions.medianSeconds(),
                resolutions.p90Seconds(),
                resolutions.meanSeconds());
        return new ConversationsReport(
                filter.from(),
                filter.to(),
                filter.zone().getId(),
                filter.queueId(),
                filter.channel() == null ? null : filter.channel().name(),
                filter.tagId(),
                filter.priority() == null ? null : filter.priority().name(),
                filter.sentiment() == null ? null : filter.sentiment().name(),
                mark.getRolledUntil(),
                totals,
                days,
                histogram,
                byQueue,
                byChannel,
                byTag,
                byPriority,
                sla(span),
                agents(span));
    }

    /** Conversations, customers' messages and messages out per local day. */
    private List<Day> days(Span span) {
        ReportFilter filter = span.filter();
        Map<LocalDate, long[]> perDay = new TreeMap<>();
        LocalDays.days(filter.from(), filter.to()).forEach(day -> perDay.put(day, new long[3]));
        query(
                        "select {time}, r.measure, sum(r.n)",
                        " group by {time}, r.measure",
                        span,
                        false,
                        List.of(Measure.CREATED, Measure.MESSAGE_IN, Measure.MESSAGE_OUT),
                        Set.of())
                .getResultList()
                .forEach(row -> {
                    long[] day = perDay.get(
                            span.daily()
                                    ? localDate(row[0])
                                    : LocalDays.dayOf(ReportRollup.instant(row[0]), filter.zone()));
                    if (day != null) {
                        day[((Measure) row[1]).ordinal()] += ((Number) row[2]).longValue();
                    }
                });
        return perDay.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** Per value of a dimension (null: per tag): the conversations started and both duration histograms. */
    private Map<String, Map<Measure, Histogram>> durations(Span span, Dimension dimension) {
        Map<String, Map<Measure, Histogram>> cells = new LinkedHashMap<>();
        String column = dimension == null ? "r.tagId" : "r." + FIELDS.get(dimension);
        query(
                        "select " + column + ", r.measure, sum(r.n), sum(r.totalS)" + BUCKET_SUMS,
                        " group by " + column + ", r.measure",
                        span,
                        dimension == null,
                        List.of(Measure.CREATED, Measure.FIRST_RESPONSE, Measure.RESOLUTION),
                        dimension == null ? Set.of() : Set.of(dimension))
                .getResultList()
                .forEach(row -> {
                    String key = row[0] == null ? "" : row[0].toString();
                    long[] buckets = new long[DurationBuckets.COUNT];
                    for (int i = 0; i < buckets.length; i++) {
                        buckets[i] = ((Number) row[4 + i]).longValue();
                    }
                    Histogram cell = new Histogram();
                    cell.add(((Number) row[2]).longValue(), ((Number) row[3]).longValue(), buckets);
                    cells.computeIfAbsent(key, k -> new EnumMap<>(Measure.class))
                            .put((Measure) row[1], cell);
                });
        return cells;
    }

    private static List<Times> times(Map<String, Map<Measure, Histogram>> perKey, Function<String, String> label) {
        List<Times> rows = new ArrayList<>();
        perKey.forEach((key, cells) -> {
            Histogram created = cells.getOrDefault(Measure.CREATED, new Histogram());
            Histogram fr = cells.getOrDefault(Measure.FIRST_RESPONSE, new Histogram());
            Histogram res = cells.getOrDefault(Measure.RESOLUTION, new Histogram());
            rows.add(new Times(
                    key,
                    label.apply(key),
                    created.count(),
                    fr.count(),
                    fr.medianSeconds(),
                    fr.p90Seconds(),
                    res.count(),
                    res.medianSeconds(),
                    res.p90Seconds()));
        });
        rows.sort(Comparator.comparing(Times::conversations).reversed().thenComparing(Times::label));
        return rows;
    }

    private List<Sla> sla(Span span) {
        // Policy, severity and metric (a severity may be unnamed): ordered by their text.
        Map<List<String>, long[]> outcomes = new TreeMap<>(Comparator.comparing(Object::toString));
        query(
                        "select r.policy, r.severity, r.metric, r.measure, sum(r.n)",
                        " group by r.policy, r.severity, r.metric, r.measure",
                        span,
                        false,
                        List.of(Measure.SLA_MET, Measure.SLA_BREACHED),
                        Set.of())
                .getResultList()
                .forEach(row -> outcomes.computeIfAbsent(
                                        java.util.Arrays.asList((String) row[0], (String) row[1], (String) row[2]),
                                        k -> new long[2])[row[3] == Measure.SLA_MET ? 0 : 1] +=
                        ((Number) row[4]).longValue());
        List<Sla> rows = new ArrayList<>();
        outcomes.forEach((key, n) -> rows.add(new Sla(
                key.get(0),
                key.get(1),
                key.get(2),
                n[0],
                n[1],
                n[0] + n[1] == 0 ? null : Math.round(1000.0 * n[0] / (n[0] + n[1])) / 10.0)));
        return rows;
    }

    private List<AgentRow> agents(Span span) {
        Map<Long, Long> handled = new HashMap<>();
        query(
                        "select r.agentId, sum(r.n)",
                        " group by r.agentId",
                        span,
                        false,
                        List.of(Measure.HANDLED),
                        Set.of(Dimension.AGENT))
                .getResultList()
                .forEach(row -> handled.put((Long) row[0], ((Number) row[1]).longValue()));
        // An agent's time is theirs, not a conversation's: the queue, channel, tag and priority filters do not apply.
        Map<Long, Map<Measure, Long>> seconds = new HashMap<>();
        TypedQuery<Object[]> timeQuery = em.createQuery(
                        "select r.agentId, r.measure, sum(r.totalS)"
                                + (span.daily()
                                        ? " from ReportDay r where r.slice = io.switchboard.reports.Slice.AGENT"
                                                + " and r.localDay >= :from and r.localDay <= :to"
                                        : " from ReportHour r where r.hourStart >= :from and r.hourStart < :to")
                                + " and r.measure in :measures and r.tagId = 0 group by r.agentId, r.measure",
                        Object[].class)
                .setParameter("measures", AGENT_TIME);
        if (span.daily()) {
            timeQuery
                    .setParameter("from", span.filter().from())
                    .setParameter("to", span.filter().to());
        } else {
            timeQuery.setParameter("from", span.from()).setParameter("to", span.to());
        }
        timeQuery
                .getResultList()
                .forEach(row -> seconds.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Measure.class))
                        .put((Measure) row[1], ((Number) row[2]).longValue()));
        Instant now = clock.instant();
        List<AgentRow> rows = new ArrayList<>();
        em.createQuery(
                        "select a.id, a.name, s.status.statusGroup, s.statusSince from Agent a, AgentState s"
                                + " where s.agentId = a.id and a.kind = io.switchboard.agents.AgentKind.HUMAN",
                        Object[].class)
                .getResultList()
                .forEach(row -> {
                    long id = (Long) row[0];
                    Instant since = (Instant) row[3];
                    Map<Measure, Long> time = seconds.getOrDefault(id, Map.of());
                    long available = time.getOrDefault(Measure.STATUS_AVAILABLE, 0L);
                    long busy = time.getOrDefault(Measure.STATUS_BUSY, 0L);
                    long away = time.getOrDefault(Measure.STATUS_AWAY, 0L);
                    long signedIn = available + busy + away;
                    long occupied = time.getOrDefault(Measure.OCCUPIED, 0L);
                    rows.add(new AgentRow(
                            id,
                            (String) row[1],
                            handled.getOrDefault(id, 0L),
                            available,
                            busy,
                            away,
                            time.getOrDefault(Measure.STATUS_UNAVAILABLE, 0L),
                            signedIn,
                            occupied,
                            AgentTime.occupancyPercent(occupied, signedIn),
                            ((AgentStatusGroup) row[2]).name(),
                            since,
                            since == null
                                    ? null
                                    : Math.max(0, Duration.between(since, now).toSeconds())));
                });
        rows.sort(Comparator.comparing(AgentRow::handled)
                .reversed()
                .thenComparing(Comparator.comparing(AgentRow::signedInSeconds).reversed())
                .thenComparing(AgentRow::name));
        return rows;
    }

    /**
     * A grouped sum over the span's pre-aggregates, days or hours ({time} in the select and group by names the
     * row's day or hour), one tag (0, the filter's, or every tag but 0 when by tag) and the filters. Days are read
     * from the smallest slice that keeps the dimensions grouped by and those filtered on.
     */
    private TypedQuery<Object[]> query(
            String select, String groupBy, Span span, boolean byTag, List<Measure> measures, Set<Dimension> grouped) {
        ReportFilter filter = span.filter();
        String time = span.daily() ? "r.localDay" : "r.hourStart";
        Set<Dimension> used = EnumSet.noneOf(Dimension.class);
        used.addAll(grouped);
        if (filter.queueId() != null) {
            used.add(Dimension.QUEUE);
        }
        if (filter.channel() != null) {
            used.add(Dimension.CHANNEL);
        }
        if (filter.priority() != null) {
            used.add(Dimension.PRIORITY);
        }
        if (filter.sentiment() != null) {
            used.add(Dimension.SENTIMENT);
        }
        StringBuilder where = new StringBuilder(
                span.daily()
                        ? " from ReportDay r where r.slice = :slice and r.measure in :measures"
                                + " and r.localDay >= :from and r.localDay <= :to"
                        : " from ReportHour r where r.measure in :measures and r.hourStart >= :from and r.hourStart < :to");
        if (byTag) {
            where.append(filter.tagId() == null ? " and r.tagId <> 0" : " and r.tagId = :tag");
        } else {
            where.append(" and r.tagId = :tag");
        }
        if (filter.queueId() != null) {
            where.append(" and r.queueId = :queue");
        }
        if (filter.channel() != null) {
            where.append(" and r.channel = :channel");
        }
        if (filter.priority() != null) {
            where.append(" and r.priority = :priority");
        }
        if (filter.sentiment() != null) {
            where.append(" and r.sentiment = :sentiment");
        }
        TypedQuery<Object[]> query = em.createQuery((select + where + groupBy).replace("{time}", time), Object[].class)
                .setParameter("measures", measures);
        if (span.daily()) {
            query.setParameter("from", filter.from())
                    .setParameter("to", filter.to())
                    .setParameter("slice", Slice.smallestKeeping(used));
        } else {
            query.setParameter("from", span.from()).setParameter("to", span.to());
        }
        if (!byTag || filter.tagId() != null) {
            query.setParameter("tag", filter.tagId() == null ? 0L : filter.tagId());
        }
        if (filter.queueId() != null) {
            query.setParameter("queue", filter.queueId());
        }
        if (filter.channel() != null) {
            query.setParameter("channel", filter.channel().name());
        }
        if (filter.priority() != null) {
            query.setParameter("priority", filter.priority().name());
        }
        if (filter.sentiment() != null) {
            query.setParameter("sentiment", filter.sentiment().name());
        }
        return query;
    }

    /**
     * What {@link #sums} groups by besides the measure: nothing, a queue, an agent (null: none), a tag or a sentiment
     * label (its name; null: not scored).
     */
    public enum Grouping {
        NOTHING,
        QUEUE,
        AGENT,
        TAG,
        SENTIMENT
    }

    /**
     * One grouped sum of the pre-aggregates.
     *
     * @param day     the local day, or null when summed over the span
     * @param measure what is counted
     * @param key     the queue, agent or tag id, or the label (null for NOTHING, no agent and no label)
     * @param n       how many
     * @param total   their summed total (see {@link Measure})
     */
    public record Sum(LocalDate day, Measure measure, Object key, long n, long total) {}

    /**
     * Sums of some measures over whole days of a zone from the pre-aggregates (as rolled up: call
     * {@link #rollUpToNow()} first, once for all the sums of one report), over every
     * conversation (tag 0, or every tag but 0 when by tag), per local day or over the span: the one way another
     * area's report (the Voice of the Customer) reads them.
     */
    public List<Sum> sums(
            LocalDate from, LocalDate to, ZoneId zone, List<Measure> measures, Grouping by, boolean perDay) {
        Span span = span(new ReportFilter(from, to, zone, null, null, null, null, null));
        Dimension dimension = switch (by) {
            case QUEUE -> Dimension.QUEUE;
            case AGENT -> Dimension.AGENT;
            case SENTIMENT -> Dimension.SENTIMENT;
            case NOTHING, TAG -> null;
        };
        String key = dimension != null ? "r." + FIELDS.get(dimension) : by == Grouping.TAG ? "r.tagId" : null;
        boolean hourly = perDay && !span.daily();
        List<String> columns = new ArrayList<>();
        if (perDay) {
            columns.add("{time}");
        }
        if (key != null) {
            columns.add(key);
        }
        columns.add("r.measure");
        String grouped = String.join(", ", columns);
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        query(
                        "select " + grouped + ", sum(r.n), sum(r.totalS)",
                        " group by " + grouped,
                        span,
                        by == Grouping.TAG,
                        measures,
                        dimension == null ? Set.of() : Set.of(dimension))
                .getResultList()
                .forEach(row -> {
                    int i = 0;
                    LocalDate day = null;
                    if (perDay) {
                        day = hourly ? LocalDays.dayOf(ReportRollup.instant(row[0]), zone) : localDate(row[0]);
                        i++;
                    }
                    Object id = key == null ? null : row[i++];
                    Measure measure = (Measure) row[i++];
                    long[] sum = sums.computeIfAbsent(java.util.Arrays.asList(day, id, measure), k -> new long[2]);
                    sum[0] += ((Number) row[i]).longValue();
                    sum[1] += ((Number) row[i + 1]).longValue();
                });
        List<Sum> list = new ArrayList<>();
        sums.forEach((k, sum) -> {
            LocalDate day = (LocalDate) k.get(0);
            if (day == null || (!day.isBefore(from) && !day.isAfter(to))) {
                list.add(new Sum(day, (Measure) k.get(2), k.get(1), sum[0], sum[1]));
            }
        });
        return list;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private Map<String, String> names(String select) {
        Map<String, String> names = new HashMap<>();
        em.createQuery(select, Object[].class)
                .getResultList()
                .forEach(row -> names.put(row[0].toString(), (String) row[1]));
        return names;
    }

    /** LIVE_CHAT → "Live chat". */
    static String words(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String words = name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
