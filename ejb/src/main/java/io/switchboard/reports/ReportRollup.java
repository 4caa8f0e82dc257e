package io.switchboard.reports;

import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.AgentStatusPeriod;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.ConversationEvent;
import io.switchboard.conversations.Direction;
import io.switchboard.reports.logic.AgentTime;
import io.switchboard.reports.logic.Histogram;
import io.switchboard.reports.logic.HourAggregator;
import io.switchboard.reports.logic.HourAggregator.Fact;
import io.switchboard.reports.logic.LocalDays;
import io.switchboard.settings.SettingsService;
import io.switchboard.sla.Severity;
import io.switchboard.sla.SlaMetric;
import io.switchboard.sla.SlaPolicy;
import io.switchboard.surveys.logic.SurveyReplies;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Rolls the raw tables (and agents' status history, survey answers and sentiment scores) up into the reports' hourly
 * pre-aggregates ({@link ReportHour}) and those into daily ones ({@link ReportDay}): each minute, and
 * before each report, the hours since the mark plus the last two again (late messages, tags, closings), and the start
 * hours of conversations whose sentiment label may have changed since. Each hour is
 * read from the indexes on the creation, event and closing times and replaced as a whole, under a lock on the mark,
 * so two rollups never write the same hour. A first rollup of an existing database starts at its oldest conversation
 * and catches up {@link #MAX_HOURS_PER_RUN} hours per run.
 */
@Stateless
public class ReportRollup {

    static final int MAX_HOURS_PER_RUN = 500;
    private static final Duration HOUR = Duration.ofHours(1);
    /** How late a sentiment change may commit after the instant it records and still be seen. */
    private static final Duration SENTIMENT_MARGIN = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(ReportRollup.class.getName());
    private static final List<ConversationEvent.Kind> ENDINGS =
            List.of(ConversationEvent.Kind.SOLVED, ConversationEvent.Kind.CLOSED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    /** report_hour's measure and dimension columns, which report_day has too; a day groups its hours by them. */
    static final String KEY_COLUMNS =
            "measure, queue_id, channel, priority, tag_id, agent_id, policy, severity, metric, sentiment";

    static final String SUMMED_COLUMNS = "n, total_s"
            + IntStream.range(0, ReportHour.BUCKETS)
                    .mapToObj(i -> String.format(", b%02d", i))
                    .collect(Collectors.joining());

    private static final String SUMS = IntStream.range(0, ReportHour.BUCKETS + 2)
            .mapToObj(i -> "sum(" + (i == 0 ? "n" : i == 1 ? "total_s" : String.format("b%02d", i - 2)) + ")")
            .collect(Collectors.joining(", "));

    private static final String DAY_FROM_HOURS = "insert into report_day (local_day, slice, " + KEY_COLUMNS + ", "
            + SUMMED_COLUMNS + ") select cast(? as date), '" + Slice.ALL.name() + "', " + KEY_COLUMNS + ", " + SUMS
            + " from report_hour where hour_start >= ? and hour_start < ? group by " + KEY_COLUMNS;

    /** Per slice but ALL: the insert of its rows of a day, summed from the day's ALL rows. */
    private static final Map<Slice, String> SLICE_FROM_ALL = new EnumMap<>(Slice.class);

    static {
        for (Slice slice : Slice.values()) {
            if (slice != Slice.ALL) {
                SLICE_FROM_ALL.put(slice, sliceFromAll(slice));
            }
        }
    }

    /** The dimensions the slice drops are null in its rows, the others grouped by. */
    static String sliceFromAll(Slice slice) {
        Set<Slice.Dimension> kept = slice.kept();
        String columns = Arrays.stream(KEY_COLUMNS.split(", "))
                .map(column -> Arrays.stream(Slice.Dimension.values())
                                .anyMatch(d -> d.column().equals(column) && !kept.contains(d))
                        ? "cast(null as " + (column.endsWith("_id") ? "bigint" : "varchar(30)") + ")"
                        : column)
                .collect(Collectors.joining(", "));
        String grouped = Arrays.stream(KEY_COLUMNS.split(", "))
                .filter(column -> Arrays.stream(Slice.Dimension.values())
                        .noneMatch(d -> d.column().equals(column) && !kept.contains(d)))
                .collect(Collectors.joining(", "));
        return "insert into report_day (local_day, slice, " + KEY_COLUMNS + ", " + SUMMED_COLUMNS
                + ") select local_day, '"
                + slice.name() + "', " + columns + ", " + SUMS + " from report_day where local_day = ? and slice = '"
                + Slice.ALL.name() + "' group by local_day, " + grouped;
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        catchUp();
    }

    /** Rolls up what is not rolled up yet, the current hour included; answers the number of hours rolled. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int catchUp() {
        ReportRollupMark mark = em.find(ReportRollupMark.class, ReportRollupMark.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant current = LocalDays.hourOf(clock.instant());
        Instant from;
        if (mark.getRolledUntil() == null) {
            // The oldest conversation's start, read through the index on it (min() would hand the converter the
            // driver's type).
            List<Instant> oldestStart = em.createQuery(
                            "select c.createdAt from Conversation c order by c.createdAt", Instant.class)
                    .setMaxResults(1)
                    .getResultList();
            Instant oldest = oldestStart.isEmpty() ? null : oldestStart.get(0);
            from = oldest == null ? current : LocalDays.hourOf(oldest);
        } else {
            from = mark.getRolledUntil().minus(HOUR.multipliedBy(2));
        }
        String dayZone = mark.getDayZone();
        Instant now = clock.instant();
        // Conversations whose sentiment changed since the last look (a margin for transactions that committed
        // late): their start hours, when before the hours rolled now, count their labels again.
        List<Instant> relabelled = mark.getRolledUntil() == null || mark.getSentimentSeenAt() == null
                ? List.of()
                : relabelledHours(mark.getSentimentSeenAt().minus(SENTIMENT_MARGIN), from);
        int rolled = 0;
        Instant hour = from;
        for (; !hour.isAfter(current) && rolled < MAX_HOURS_PER_RUN; hour = hour.plus(HOUR)) {
            rollUp(hour);
            rolled++;
        }
        Set<LocalDate> relabelledDays = new TreeSet<>();
        ZoneId zone = settings.timeZone();
        for (Instant earlier : relabelled) {
            rollUp(earlier);
            relabelledDays.add(LocalDays.dayOf(earlier, zone));
        }
        if (!zone.getId().equals(dayZone)) {
            rebuildDays(zone);
        } else {
            if (rolled > 0) {
                for (LocalDate day :
                        LocalDays.days(LocalDays.dayOf(from, zone), LocalDays.dayOf(hour.minus(HOUR), zone))) {
                    relabelledDays.remove(day);
                    rollUpDay(day, zone);
                }
            }
            relabelledDays.forEach(day -> rollUpDay(day, zone));
        }
        // The current hour is rolled up again next time, as is the one before it. Each hour cleared the persistence
        // context: the mark is found again (still locked by this transaction).
        ReportRollupMark rolledMark = em.find(ReportRollupMark.class, ReportRollupMark.ID);
        rolledMark.rollTo(hour.isAfter(current) ? current : hour);
        rolledMark.daysIn(zone.getId());
        rolledMark.sentimentSeen(now);
        if (rolled > 3) {
            int hours = rolled;
            LOG.info(() -> "Report rollup: " + hours + " hours up to " + current);
        }
        return rolled;
    }

    /**
     * The start hours before {@code before} of the conversations whose sentiment changed at or after {@code since}.
     * Normally a few recent hours (sentiment changes with a customer's message, mostly in a conversation's first
     * hours); not capped, since a skipped hour would keep a stale label.
     */
    private List<Instant> relabelledHours(Instant since, Instant before) {
        Set<Instant> hours = new TreeSet<>();
        em.createQuery(
                        "select c.createdAt from ConversationSentiment s, Conversation c where c.id = s.conversationId"
                                + " and s.updatedAt >= :since and c.createdAt < :before",
                        Instant.class)
                .setParameter("since", since)
                .setParameter("before", before)
                .getResultList()
                .forEach(created -> hours.add(LocalDays.hourOf(created)));
        return List.copyOf(hours);
    }

    /**
     * Replaces one local day's pre-aggregates with the sums of its hours' (report_hour rows starting in it), every
     * measure and column alike (slice ALL), and the other slices summed from those.
     */
    void rollUpDay(LocalDate day, ZoneId zone) {
        em.createNativeQuery("delete from report_day where local_day = ?")
                .setParameter(1, java.sql.Date.valueOf(day))
                .executeUpdate();
        em.createNativeQuery(DAY_FROM_HOURS)
                .setParameter(1, java.sql.Date.valueOf(day))
                .setParameter(2, java.sql.Timestamp.from(LocalDays.start(day, zone)))
                .setParameter(3, java.sql.Timestamp.from(LocalDays.end(day, zone)))
                .executeUpdate();
        for (String insert : SLICE_FROM_ALL.values()) {
            em.createNativeQuery(insert)
                    .setParameter(1, java.sql.Date.valueOf(day))
                    .executeUpdate();
        }
    }

    /** Builds every day anew in the zone (first start, or the account's zone was changed). */
    private void rebuildDays(ZoneId zone) {
        em.createNativeQuery("delete from report_day").executeUpdate();
        Instant first = firstHour("select r.hourStart from ReportHour r order by r.hourStart");
        Instant last = firstHour("select r.hourStart from ReportHour r order by r.hourStart desc");
        if (first == null) {
            return;
        }
        List<LocalDate> days = LocalDays.days(LocalDays.dayOf(first, zone), LocalDays.dayOf(last, zone));
        days.forEach(day -> rollUpDay(day, zone));
        LOG.info(() -> "Report rollup: " + days.size() + " days built in " + zone);
    }

    private Instant firstHour(String select) {
        List<Instant> hours =
                em.createQuery(select, Instant.class).setMaxResults(1).getResultList();
        return hours.isEmpty() ? null : hours.get(0);
    }

    /** Replaces one hour's pre-aggregates. */
    void rollUp(Instant hour) {
        Instant next = hour.plus(HOUR);
        em.createQuery("delete from ReportHour r where r.hourStart = :hour")
                .setParameter("hour", hour)
                .executeUpdate();
        HourAggregator facts = new HourAggregator();
        created(facts, hour, next);
        messages(facts, hour, next);
        firstResponses(facts, hour, next);
        resolutions(facts, hour, next);
        sla(facts, hour, next);
        agentTime(facts, hour, next);
        surveys(facts, hour, next);
        messageScores(facts, hour, next);
        facts.cells().forEach((key, cell) -> em.persist(toRow(hour, key, cell)));
        em.flush();
        em.clear();
    }

    private static ReportHour toRow(Instant hour, HourAggregator.Key key, Histogram cell) {
        return new ReportHour(
                hour,
                key.measure(),
                key.queueId(),
                key.channel(),
                key.priority(),
                key.tagId(),
                key.agentId(),
                key.policy(),
                key.severity(),
                key.metric(),
                key.sentiment(),
                cell.count(),
                cell.totalSeconds(),
                cell.buckets());
    }

    /** Conversations started in the hour. */
    private void created(HourAggregator facts, Instant hour, Instant next) {
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.queue.id, c.channel, c.priority from Conversation c"
                                + " where c.createdAt >= :hour and c.createdAt < :next",
                        Object[].class)
                .setParameter("hour", hour)
                .setParameter("next", next)
                .getResultList();
        Conversations of = conversations(rows);
        for (Object[] r : rows) {
            facts.add(of.fact(Measure.CREATED, r));
        }
    }

    /**
     * Surveys scored in the hour, happy or not, under their conversation's queue, channel, priority, tags and
     * assignee (null: nobody) as they are when the hour is rolled up.
     */
    private void surveys(HourAggregator facts, Instant hour, Instant next) {
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.queue.id, c.channel, c.priority, a.id, s.score from Survey s, Conversation c"
                                + " left join c.assignee a where c.id = s.conversationId"
                                + " and s.scoredAt >= :hour and s.scoredAt < :next",
                        Object[].class)
                .setParameter("hour", hour)
                .setParameter("next", next)
                .getResultList();
        Conversations of = conversations(rows);
        for (Object[] r : rows) {
            Measure measure = SurveyReplies.HAPPY.equals(r[5]) ? Measure.HAPPY : Measure.NOT_HAPPY;
            facts.add(of.fact(measure, r).withAgent((Long) r[4]));
        }
    }

    /** Customers' messages scored for sentiment in the hour: how many and their scores' sum. */
    private void messageScores(HourAggregator facts, Instant hour, Instant next) {
        em.createQuery(
                        "select m.score from MessageSentiment m where m.scoredAt >= :hour and m.scoredAt < :next",
                        Double.class)
                .setParameter("hour", hour)
                .setParameter("next", next)
                .getResultList()
                .forEach(score -> facts.addScore(score));
    }

    private void messages(HourAggregator facts, Instant hour, Instant next) {
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.queue.id, c.channel, c.priority, m.direction from Message m join m.conversation c"
                                + " where m.createdAt >= :hour and m.createdAt < :next",
                        Object[].class)
                .setParameter("hour", hour)
                .setParameter("next", next)
                .getResultList();
        Conversations of = conversations(rows);
        for (Object[] r : rows) {
            Measure measure = r[4] == Direction.INBOUND ? Measure.MESSAGE_IN : Measure.MESSAGE_OUT;
            facts.add(of.fact(measure, r));
        }
    }

    /** An agent's first message in a conversation, timed from the conversation's start. */
    private void firstResponses(HourAggregator facts, Instant hour, Instant next) {
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.queue.id, c.channel, c.priority, c.createdAt, m.createdAt"
                                + " from Message m join m.conversation c"
                                + " where m.createdAt >= :hour and m.createdAt < :next and m.authorKind = :agent"
                                + " and not exists (select p.id from Message p where p.conversation = c"
                                + " and p.authorKind = :agent and (p.createdAt < m.createdAt"
                                + " or (p.createdAt = m.createdAt and p.id < m.id)))",
                        Object[].class)
                .setParameter("hour", hour)
                .setParameter("next", next)
                .setParameter("agent", AuthorKind.AGENT)
                .getResultList();
        Conversations of = conversations(rows);
        for (Object[] r : rows) {
            long seconds = Duration.between((Instant) r[4], (Instant) r[5]).toSeconds();
            facts.add(of.fact(Measure.FIRST_RESPONSE, r).withSeconds(seconds));
        }
    }

    /** A conversation's first Solved (or Closed, when it was never Solved), timed from its start. */
    private void resolutions(HourAggregator facts, Instant hour, Instant next) {
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.queue.id, c.channel, c.priority, c.createdAt, e.occurredAt, a.id"
                                + " from ConversationEvent e, Conversation c left join c.assignee a"
                                + " where e.conversationId = c.id and e.kind in :endings"
                                + " and e.occurredAt >= :hour and e.occurredAt < :next"
                                + " and not exists (select p.id from ConversationEvent p"
                                + " where p.conversationId = e.conversationId and p.kind in :endings"
                                + " and (p.occurredAt < e.occurredAt or (p.occurredAt = e.occurredAt and p.id < e.id)))",
                        Object[].class)
                .setParameter("hour", hour)
                .setParameter("next", next)
                .setParameter("endings", ENDINGS)
                .getResultList();
        Conversations of = conversations(rows);
        for (Object[] r : rows) {
            long seconds = Duration.between((Instant) r[4], (Instant) r[5]).toSeconds();
            Fact resolution = of.fact(Measure.RESOLUTION, r);
            facts.add(resolution.withSeconds(seconds));
            if (r[6] != null) {
                facts.add(of.fact(Measure.HANDLED, r).withAgent((Long) r[6]));
            }
        }
    }

    /**
     * "SLA tracking on a conversation stops once the conversation is closed": each conversation closed in the hour
     * that had an SLA policy counts once per metric its severity sets, met or breached.
     */
    private void sla(HourAggregator facts, Instant hour, Instant next) {
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.queue.id, c.channel, c.priority, s.policyId, s.severityName"
                                + " from Conversation c, ConversationSla s where s.conversationId = c.id"
                                + " and c.closedAt >= :hour and c.closedAt < :next and s.policyId is not null",
                        Object[].class)
                .setParameter("hour", hour)
                .setParameter("next", next)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Conversations of = conversations(rows);
        Map<Long, Set<SlaMetric>> breached = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery(
                            "select distinct b.conversationId, b.metric from SlaBreach b where b.conversationId in :ids",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(b -> breached.computeIfAbsent((Long) b[0], id -> new HashSet<>())
                            .add((SlaMetric) b[1]));
        }
        Map<Long, SlaPolicy> policies = new HashMap<>();
        for (Object[] r : rows) {
            SlaPolicy policy = policies.computeIfAbsent((Long) r[4], id -> em.find(SlaPolicy.class, id));
            if (policy == null) {
                continue;
            }
            String severityName = (String) r[5];
            Severity severity = policy.getSeverities().stream()
                    .filter(s -> s.getName().equals(severityName))
                    .findFirst()
                    .orElse(null);
            Set<SlaMetric> metrics = new HashSet<>(breached.getOrDefault((Long) r[0], Set.of()));
            if (severity != null) {
                if (severity.getFirstResponseMinutes() != null) {
                    metrics.add(SlaMetric.FIRST_RESPONSE);
                }
                if (severity.getNextReplyMinutes() != null) {
                    metrics.add(SlaMetric.NEXT_REPLY);
                }
                if (severity.getResolutionMinutes() != null) {
                    metrics.add(SlaMetric.RESOLUTION);
                }
            }
            for (SlaMetric metric : metrics) {
                boolean wasBreached =
                        breached.getOrDefault((Long) r[0], Set.of()).contains(metric);
                facts.add(of.fact(wasBreached ? Measure.SLA_BREACHED : Measure.SLA_MET, r)
                        .withSla(policy.getName(), severityName, metric.name()));
            }
        }
    }

    /**
     * Agents' time in the hour from their status history: per status group the seconds each period spent in the hour
     * (a period going on counts up to now), and the seconds signed in (not Unavailable) while work occupied them.
     */
    private void agentTime(HourAggregator facts, Instant hour, Instant next) {
        Instant now = clock.instant();
        List<AgentStatusPeriod> periods = new ArrayList<>(em.createQuery(
                        "select p from AgentStatusPeriod p where p.endedAt > :hour and p.startedAt < :next",
                        AgentStatusPeriod.class)
                .setParameter("hour", hour)
                .setParameter("next", next)
                .getResultList());
        periods.addAll(em.createQuery(
                        "select p from AgentStatusPeriod p where p.endedAt is null and p.startedAt < :next",
                        AgentStatusPeriod.class)
                .setParameter("next", next)
                .getResultList());
        for (AgentStatusPeriod p : periods) {
            long seconds = AgentTime.secondsIn(p.getStartedAt(), p.getEndedAt(), now, hour, next);
            if (seconds <= 0) {
                continue;
            }
            facts.addTime(Measure.statusTime(p.getStatusGroup()), p.getAgentId(), seconds);
            if (p.isOccupied() && p.getStatusGroup() != AgentStatusGroup.UNAVAILABLE) {
                facts.addTime(Measure.OCCUPIED, p.getAgentId(), seconds);
            }
        }
    }

    /**
     * What the facts of some conversations carry besides a row's own columns: each one's tags and sentiment label now.
     */
    private record Conversations(Map<Long, List<Long>> tags, Map<Long, String> labels) {

        /** A fact of the conversation of a row (id, queue id, channel, priority, ...). */
        Fact fact(Measure measure, Object[] row) {
            Long id = (Long) row[0];
            return Fact.of(measure, (Long) row[1], name(row[2]), name(row[3]), tags.get(id))
                    .withSentiment(labels.get(id));
        }
    }

    private Conversations conversations(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        return new Conversations(tagsOf(ids), labelsOf(ids));
    }

    private Map<Long, List<Long>> tagsOf(Collection<Long> conversationIds) {
        Map<Long, List<Long>> tags = new HashMap<>();
        for (List<Long> chunk : chunks(new HashSet<>(conversationIds))) {
            em.createQuery("select c.id, t.id from Conversation c join c.tags t where c.id in :ids", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> tags.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                            .add((Long) r[1]));
        }
        return tags;
    }

    private Map<Long, String> labelsOf(Collection<Long> conversationIds) {
        Map<Long, String> labels = new HashMap<>();
        for (List<Long> chunk : chunks(new HashSet<>(conversationIds))) {
            em.createQuery(
                            "select s.conversationId, s.label from ConversationSentiment s"
                                    + " where s.conversationId in :ids",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> labels.put((Long) r[0], (String) r[1]));
        }
        return labels;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof java.sql.Timestamp at) {
            return at.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime at) {
            return at.toInstant();
        }
        return null;
    }

    private static String name(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
