package io.switchboard.queues;

import io.switchboard.agents.Agent;
import io.switchboard.channels.Sender;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.hours.WorkingHoursOpenings;
import io.switchboard.hours.WorkingHoursPeriod;
import io.switchboard.hours.WorkingHoursService;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.DatabaseKind;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.RevisionCache;
import io.switchboard.platform.Revisions;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.routing.Route;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Queues; the Default queue comes with the schema and stays. */
@Stateless
public class QueueService {

    static final String DEFAULT_NAME_PREFIX = "Queue #";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Inject
    Revisions revisions;

    @Inject
    RevisionCache cache;

    @Inject
    Clock clock;

    @EJB
    WorkingHoursService workingHours;

    @EJB
    WorkingHoursOpenings openings;

    @Inject
    DefaultQueue defaultQueue;

    /** The Default queue ({@link DefaultQueue}). */
    public Queue defaultQueue() {
        return defaultQueue.get();
    }

    public List<Queue> list() {
        return em.createNamedQuery(Queue.ALL, Queue.class).getResultList();
    }

    /** A queue in use, or empty when it does not exist or was deleted. */
    public Optional<Queue> findInUse(long id) {
        return Optional.ofNullable(em.find(Queue.class, id)).filter(queue -> !queue.isDeleted());
    }

    /**
     * The queues in use whose senders include this one (the guide's "Sender queues"), from what this instance derived
     * under the configuration's revision: routing asks for every new conversation.
     */
    public Set<Long> queueIdsWithSender(long senderId) {
        long revision = revisions.current().configuration();
        Map<Long, Set<Long>> bySender = cache.get("queues-by-sender", revision, () -> {
            Map<Long, Set<Long>> read = new HashMap<>();
            em.createNamedQuery(Queue.SENDERS_IN_USE, Object[].class)
                    .setFlushMode(revision == RevisionCache.UNCACHED ? FlushModeType.AUTO : FlushModeType.COMMIT)
                    .getResultList()
                    .forEach(row -> read.computeIfAbsent((Long) row[0], id -> new HashSet<>())
                            .add((Long) row[1]));
            Map<Long, Set<Long>> frozen = new HashMap<>();
            read.forEach((sender, queues) -> frozen.put(sender, Set.copyOf(queues)));
            return Map.copyOf(frozen);
        });
        return new HashSet<>(bySender.getOrDefault(senderId, Set.of()));
    }

    /** A queue in use (not deleted). */
    public Queue find(long id) {
        Queue queue = em.find(Queue.class, id);
        if (queue == null || queue.isDeleted()) {
            throw new UnknownEntityException("queue", id);
        }
        return queue;
    }

    /** Creates a queue; without a name it is called "Queue #X", X the first number free. */
    public Queue create(String name) {
        revisions.configurationChanged();
        String chosen = name == null || name.isBlank() ? firstFreeDefaultName() : name.trim();
        requireFree(chosen);
        Queue queue = new Queue(chosen, clock.instant());
        // New queues work the default period's hours; changing the default later leaves them as they are.
        queue.useWorkingHours(workingHours.defaultPeriod());
        em.persist(queue);
        em.flush();
        openings.schedule(queue);
        return queue;
    }

    public Queue rename(long id, String name) {
        Queue queue = find(id);
        if (!queue.getName().equals(name)) {
            requireFree(name);
            queue.rename(name);
        }
        return queue;
    }

    /** Sets the automatic assignment mode, and the senders with their default when {@code senderIds} is given. */
    public Queue configure(long id, AutoAssignment mode, List<Long> senderIds, Long defaultSenderId) {
        revisions.configurationChanged();
        Queue queue = find(id);
        if (mode != null) {
            queue.assignAutomatically(mode);
        }
        if (senderIds != null) {
            Set<Sender> chosen = new HashSet<>();
            for (Long senderId : senderIds) {
                Sender sender = em.find(Sender.class, senderId);
                if (sender == null) {
                    throw new InvalidInputException("senderIds", "sender " + senderId + " does not exist");
                }
                chosen.add(sender);
            }
            Sender defaultSender = defaultSenderId == null
                    ? null
                    : chosen.stream()
                            .filter(s -> s.getId().equals(defaultSenderId))
                            .findFirst()
                            .orElseThrow(() ->
                                    new InvalidInputException("defaultSenderId", "must be one of the queue's senders"));
            queue.talkFrom(chosen, defaultSender);
        } else if (defaultSenderId != null) {
            throw new InvalidInputException("defaultSenderId", "needs senderIds listing the queue's senders");
        }
        return queue;
    }

    /** Sets when the queue works, and schedules its next start of working hours. */
    public Queue useWorkingHours(long id, long periodId) {
        revisions.configurationChanged();
        Queue queue = find(id);
        queue.useWorkingHours(requireWorkingHours(periodId));
        openings.schedule(queue);
        return queue;
    }

    /** The working-hours period a request names, or 400 on its field. */
    public WorkingHoursPeriod requireWorkingHours(long periodId) {
        try {
            return workingHours.find(periodId);
        } catch (UnknownEntityException e) {
            throw new InvalidInputException(
                    "workingHoursPeriodId", "working-hours period " + periodId + " does not exist");
        }
    }

    /** Sets the sound notifications of the queue's agents; a queue without agents has nobody to notify. */
    public Queue notifyAgents(long id, boolean onNewConversation, boolean onNewMessage) {
        Queue queue = find(id);
        if ((onNewConversation || onNewMessage) && agentsOf(id).isEmpty()) {
            throw new ConflictException("queue '" + queue.getName() + "' has no agents to notify: add agents first");
        }
        queue.notifyAgents(onNewConversation, onNewMessage);
        return queue;
    }

    /** Makes exactly these agents work in a queue (the Default queue has every agent and takes no list). */
    public List<Agent> staff(long id, List<Long> agentIds) {
        Queue queue = find(id);
        if (queue.isDefaultQueue()) {
            throw new ConflictException("every agent works in the Default queue");
        }
        Set<Agent> wanted = new HashSet<>();
        for (Long agentId : agentIds) {
            Agent agent = em.find(Agent.class, agentId);
            if (agent == null) {
                throw new InvalidInputException("agentIds", "agent " + agentId + " does not exist");
            }
            wanted.add(agent);
        }
        for (Agent agent : agentsOf(id)) {
            if (!wanted.contains(agent)) {
                agent.leave(queue);
            }
        }
        wanted.forEach(agent -> agent.join(queue));
        return agentsOf(id);
    }

    /** The agents who work in a queue: every agent for the Default queue. */
    public List<Agent> agentsOf(long id) {
        Queue queue = find(id);
        if (queue.isDefaultQueue()) {
            return em.createNamedQuery(Agent.ALL, Agent.class).getResultList();
        }
        return em.createQuery(
                        "select a from Agent a join a.queues q where q = :queue order by a.name, a.id", Agent.class)
                .setParameter("queue", queue)
                .getResultList();
    }

    /**
     * Deletes a queue that has no active (not closed) conversations. The queue's row is locked first, so that a
     * conversation cannot be moved into it while it is checked and deleted.
     */
    public void delete(long id) {
        revisions.configurationChanged();
        Queue queue = find(id);
        if (queue.isDefaultQueue()) {
            throw new ConflictException("the Default queue is system-defined and cannot be deleted");
        }
        em.lock(queue, LockModeType.PESSIMISTIC_WRITE);
        // The routes' own query, not RouteService: routing builds on queues, not the other way round.
        List<String> routesTo = em.createNamedQuery(Route.TO_QUEUE, Route.class)
                .setParameter("queueId", id)
                .getResultStream()
                .map(Route::getName)
                .toList();
        if (!routesTo.isEmpty()) {
            throw new ConflictException("queue '" + queue.getName() + "' is the destination of route(s) "
                    + String.join(", ", routesTo) + ": change or delete them before deleting it");
        }
        long active = em.createQuery(
                        "select count(c) from Conversation c where c.queue = :queue" + " and c.status <> :closed",
                        Long.class)
                .setParameter("queue", queue)
                .setParameter("closed", ConversationStatus.CLOSED)
                .getSingleResult();
        if (active > 0) {
            throw new ConflictException("queue '" + queue.getName() + "' has " + active
                    + " active conversation(s): move or close them before deleting it");
        }
        queue.delete(clock.instant());
        openings.schedule(queue);
    }

    private void requireFree(String name) {
        if (!em.createNamedQuery(Queue.BY_NAME, Queue.class)
                .setParameter("name", name)
                .getResultList()
                .isEmpty()) {
            throw ConflictException.onField("name", "a queue named '" + name + "' exists");
        }
    }

    private String firstFreeDefaultName() {
        Set<String> taken = new HashSet<>(
                em.createQuery("select q.activeName from Queue q" + " where q.activeName like :prefix", String.class)
                        .setParameter("prefix", DEFAULT_NAME_PREFIX + "%")
                        .getResultList());
        int number = 1;
        while (taken.contains(DEFAULT_NAME_PREFIX + number)) {
            number++;
        }
        return DEFAULT_NAME_PREFIX + number;
    }

    /**
     * Locks a queue in use against deletion while a conversation moves into it. On PostgreSQL with {@code for no key
     * update}: it excludes the deletion's {@code for update} but not the key share lock that inserting a row which
     * refers to the queue takes. A {@code for update} here made every assignment decision recorded for the queue (by
     * a transaction holding an agent's row) wait for the move, while the move's own assignment waited for that agent:
     * a deadlock under load across instances ({@code benchmarks/cluster-load.sh}). H2 has no such lock mode.
     */
    public Queue lockForMove(long id) {
        Queue queue = find(id);
        if (onPostgreSql()) {
            em.createNativeQuery("select id from queue where id = ?1 for no key update")
                    .setParameter(1, id)
                    .getResultList();
            em.refresh(queue);
            if (queue.isDeleted()) {
                throw new UnknownEntityException("queue", id);
            }
        } else {
            em.lock(queue, LockModeType.PESSIMISTIC_WRITE);
        }
        return queue;
    }

    private static volatile Boolean postgreSql;

    private boolean onPostgreSql() {
        Boolean known = postgreSql;
        if (known == null) {
            known = DatabaseKind.isPostgreSql(dataSource);
            postgreSql = known;
        }
        return known;
    }

    /** How many active (not closed) conversations each queue holds, by queue id; a queue without any is absent. */
    public Map<Long, Long> activeConversationCounts() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select c.queue.id, count(c) from Conversation c where c.status <> :closed"
                                + " group by c.queue.id",
                        Object[].class)
                .setParameter("closed", ConversationStatus.CLOSED)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
