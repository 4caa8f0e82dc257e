package io.switchboard.dashboard;

import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.AgentWorkload;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Direction;
import io.switchboard.conversations.logic.SlaStanding;
import io.switchboard.dashboard.logic.HourlySeries;
import io.switchboard.dashboard.logic.HourlySeries.Wait;
import io.switchboard.dashboard.logic.QueueOccupancy;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live supervisor dashboard: per queue what waits, what is assigned, the agents and their occupancy, SLA at risk
 * and breached today, messages in the last hour; and the last hours' volume and wait for the charts. Every query is
 * an aggregate over an index (status, due time or creation time), never over the whole conversation table: see
 * docs/dashboard-query-plans.md.
 */
@Stateless
public class DashboardService {

    /** The charts' default span. */
    public static final int DEFAULT_HOURS = 24;

    static final List<ConversationStatus> ACTIVE = List.of(ConversationStatus.OPEN, ConversationStatus.WAITING);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    QueueService queues;

    @Inject
    AgentWorkloads workloads;

    /** Every queue in use, or only {@code queueId} (which must be in use), with {@code hours} chart points. */
    public DashboardNow now(Long queueId, int hours) {
        Instant now = clock.instant();
        List<Queue> shown = queueId == null ? queues.list() : List.of(queues.find(queueId));
        Map<Long, long[]> waiting = waiting(queueId, now);
        Map<Long, Long> assigned = byQueue(
                "select c.queue.id, count(c) from Conversation c where c.status in :active and c.assignee is not null",
                "c.queue.id",
                queueId,
                q -> q.setParameter("active", ACTIVE));
        Map<Long, Long> atRisk = byQueue(
                "select c.queue.id, count(c) from ConversationSla s, Conversation c where s.conversationId = c.id"
                        + " and s.nextDueAt > :now and s.nextDueAt <= :riskEnd and c.status <> :closed"
                        + " and not exists (select b.id from SlaBreach b where b.conversationId = c.id)",
                "c.queue.id",
                queueId,
                q -> q.setParameter("now", now)
                        .setParameter("riskEnd", SlaStanding.riskEnd(now))
                        .setParameter("closed", ConversationStatus.CLOSED));
        Map<Long, Long> breachedToday = byQueue(
                "select b.queueId, count(b) from SlaBreach b where b.dueAt >= :today and b.dueAt <= :now",
                "b.queueId",
                queueId,
                q -> q.setParameter("today", now.truncatedTo(ChronoUnit.DAYS)).setParameter("now", now));
        Map<Long, Map<Direction, Long>> messages = messagesLastHour(queueId, now);

        List<QueueNow> rows = new ArrayList<>();
        for (Queue queue : shown) {
            long id = queue.getId();
            long[] wait = waiting.getOrDefault(id, new long[] {0, 0});
            Map<AgentStatusGroup, Integer> groups = new EnumMap<>(AgentStatusGroup.class);
            List<Double> working = new ArrayList<>();
            for (AgentWorkload agent : workloads.workloads(id)) {
                groups.merge(agent.getGroup(), 1, Integer::sum);
                if (agent.getGroup() != AgentStatusGroup.UNAVAILABLE) {
                    working.add(agent.getCombinedPercent());
                }
            }
            Map<Direction, Long> inOut = messages.getOrDefault(id, Map.of());
            rows.add(new QueueNow(
                    id,
                    queue.getName(),
                    wait[0],
                    wait[1],
                    assigned.getOrDefault(id, 0L),
                    groups,
                    QueueOccupancy.percent(working),
                    atRisk.getOrDefault(id, 0L),
                    breachedToday.getOrDefault(id, 0L),
                    inOut.getOrDefault(Direction.INBOUND, 0L),
                    inOut.getOrDefault(Direction.OUTBOUND, 0L)));
        }
        return new DashboardNow(now, rows, hours(queueId, now, hours));
    }

    /**
     * Per queue: how many open conversations have no assignee, and how long the oldest has waited (seconds). Their
     * start times are read (few: the conversations waiting now) and the oldest found here: an aggregate over an
     * instant skips its converter in EclipseLink.
     */
    private Map<Long, long[]> waiting(Long queueId, Instant now) {
        Map<Long, long[]> waiting = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery(
                "select c.queue.id, c.createdAt from Conversation c where c.status = :open and c.assignee is null"
                        + (queueId == null ? "" : " and c.queue.id = :queue"),
                Object[].class);
        if (queueId != null) {
            query.setParameter("queue", queueId);
        }
        query.setParameter("open", ConversationStatus.OPEN).getResultList().forEach(row -> {
            long[] queue = waiting.computeIfAbsent((Long) row[0], id -> new long[] {0, 0});
            queue[0]++;
            queue[1] =
                    Math.max(queue[1], Duration.between((Instant) row[1], now).toSeconds());
        });
        return waiting;
    }

    private Map<Long, Map<Direction, Long>> messagesLastHour(Long queueId, Instant now) {
        Map<Long, Map<Direction, Long>> messages = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery(
                "select m.conversation.queue.id, m.direction, count(m) from Message m where m.createdAt >= :since"
                        + (queueId == null ? "" : " and m.conversation.queue.id = :queue")
                        + " group by m.conversation.queue.id, m.direction",
                Object[].class);
        if (queueId != null) {
            query.setParameter("queue", queueId);
        }
        query.setParameter("since", now.minus(Duration.ofHours(1)))
                .getResultList()
                .forEach(row -> messages.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Direction.class))
                        .put((Direction) row[1], ((Number) row[2]).longValue()));
        return messages;
    }

    /** The chart points: conversations started and customers' messages per hour, and the mean wait for an answer. */
    private List<HourPoint> hours(Long queueId, Instant now, int hours) {
        Instant since = HourlySeries.since(now, hours);
        String inQueue = queueId == null ? "" : " and c.queue.id = :queue";
        TypedQuery<Object[]> started = em.createQuery(
                "select c.id, c.createdAt from Conversation c where c.createdAt >= :since" + inQueue, Object[].class);
        // A conversation's first answer comes after it started: only messages since the first hour are read.
        TypedQuery<Object[]> answered = em.createQuery(
                "select m.conversation.id, m.createdAt from Message m, Conversation c where m.conversation = c"
                        + " and m.createdAt >= :since and m.authorKind = :agent and c.createdAt >= :since" + inQueue,
                Object[].class);
        // Without a queue, no join: the planner would otherwise hash the whole conversation table.
        TypedQuery<Instant> received = em.createQuery(
                queueId == null
                        ? "select m.createdAt from Message m where m.createdAt >= :since and m.direction = :in"
                        : "select m.createdAt from Message m, Conversation c where m.conversation = c"
                                + " and m.createdAt >= :since and m.direction = :in" + inQueue,
                Instant.class);
        if (queueId != null) {
            started.setParameter("queue", queueId);
            answered.setParameter("queue", queueId);
            received.setParameter("queue", queueId);
        }
        Map<Long, Instant> firstAnswers = new HashMap<>();
        answered.setParameter("since", since)
                .setParameter("agent", AuthorKind.AGENT)
                .getResultList()
                .forEach(row -> firstAnswers.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isBefore(b) ? a : b));
        List<Wait> waits = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        started.setParameter("since", since).getResultList().forEach(row -> {
            starts.add((Instant) row[1]);
            waits.add(new Wait((Instant) row[1], firstAnswers.get((Long) row[0])));
        });
        List<Instant> inbound = received.setParameter("since", since)
                .setParameter("in", Direction.INBOUND)
                .getResultList();

        List<Instant> hourStarts = HourlySeries.starts(now, hours);
        int[] conversations = HourlySeries.counts(starts, now, hours);
        int[] messagesIn = HourlySeries.counts(inbound, now, hours);
        long[] meanWait = HourlySeries.meanWaitSeconds(waits, now, hours);
        List<HourPoint> points = new ArrayList<>(hours);
        for (int i = 0; i < hours; i++) {
            points.add(new HourPoint(hourStarts.get(i), conversations[i], messagesIn[i], meanWait[i]));
        }
        return points;
    }

    private interface Parameters {
        void set(TypedQuery<Object[]> query);
    }

    private Map<Long, Long> byQueue(String select, String queueColumn, Long queueId, Parameters parameters) {
        TypedQuery<Object[]> query = query(select, queueColumn, queueId);
        parameters.set(query);
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    // The select's conditions, narrowed to one queue when asked, grouped by queue.
    private TypedQuery<Object[]> query(String select, String queueColumn, Long queueId) {
        TypedQuery<Object[]> query = em.createQuery(
                select + (queueId == null ? "" : " and " + queueColumn + " = :queue") + " group by " + queueColumn,
                Object[].class);
        if (queueId != null) {
            query.setParameter("queue", queueId);
        }
        return query;
    }
}
