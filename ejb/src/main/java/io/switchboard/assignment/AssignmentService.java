package io.switchboard.assignment;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentFreed;
import io.switchboard.agents.AgentKind;
import io.switchboard.agents.AgentOccupancy;
import io.switchboard.agents.AgentState;
import io.switchboard.agents.AgentStatus;
import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.agents.VoiceState;
import io.switchboard.agents.logic.AgentAvailability;
import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.assignment.logic.BulkAssignment;
import io.switchboard.assignment.logic.BulkAssignment.Waiting;
import io.switchboard.assignment.logic.BulkDealing;
import io.switchboard.assignment.logic.BulkDealing.Taker;
import io.switchboard.assignment.logic.ClaimOrder;
import io.switchboard.assignment.logic.StickyAgent;
import io.switchboard.assignment.logic.StickyAgent.Interaction;
import io.switchboard.assignment.logic.WeightSumMethod;
import io.switchboard.assignment.logic.WeightSumMethod.Candidate;
import io.switchboard.assignment.logic.WeightSumMethod.Scored;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.AutoAssignment;
import io.switchboard.queues.Queue;
import io.switchboard.sla.SlaTracker;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Automatic agent assignment. A single assignment (new conversation, queue change, unassignment) runs while the
 * caller holds the conversation's row: it reads the queue's available agents and their occupancy without locks,
 * decides (the sticky agent first when the queue wants one, else the Weight Sum Method), then takes the winner's
 * {@code agent_state} row and counts their occupancy again under that lock, trying the next agent when another
 * decision holds the row or the winner filled up meanwhile ({@link ClaimOrder}). So concurrent decisions spread over
 * the agents instead of queueing behind one another, and the row lock still keeps occupancy within capacity across
 * server instances. Bulk assignment, after agents were freed, is a queue-level run that claims batches of waiting
 * conversations (skipping rows other runs hold) and deals them to the least loaded agents under those agents' row
 * locks ({@link BulkDealing}). Every decision is recorded with its candidates.
 */
@Stateless
public class AssignmentService {

    /**
     * How many candidates a decision records at most (the best ones, and the chosen one wherever it ranked); the
     * count of all is kept. Ten tell why; more only cost each decision rows to write.
     */
    static final int RECORDED_CANDIDATES = 10;
    /** How many waiting conversations one bulk run looks at. */
    static final int BULK_LIMIT = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AgentWorkloads workloads;

    @EJB
    ConversationChanges changes;

    @EJB
    SlaTracker sla;

    @Resource
    SessionContext context;

    @Inject
    Event<AgentFreed> freed;

    @Inject
    QueueBulkRuns runs;

    /** Picks among equally good agents; a bean instance serves one call at a time. */
    RandomGenerator random = new Random();

    /**
     * Assigns a conversation that has no assignee, if its queue assigns automatically and its status occupies an
     * agent; the caller's transaction holds the conversation's row. Returns the decision, empty when none was due.
     */
    public Optional<AssignmentDecision> assign(Conversation conversation, AssignmentTrigger trigger) {
        Queue queue = conversation.getQueue();
        if (conversation.getAssignee() != null
                || conversation.isClosed()
                || !StickyAgent.assigns(queue.getAutoAssignment())
                || !workloads.occupyingStatuses().occupies(conversation.getStatus())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ChannelGroup group = conversation.getChannel().group();
        // An unseen conversation (intake's, for a new customer) is not written yet: choosing leaves it so, and it is
        // inserted once, with its assignee, at the next flush. Any other conversation the caller wrote before this
        // point, so that its row is locked before any agent's.
        FlushModeType flushMode = em.getFlushMode();
        if (conversation.isUnseen()) {
            em.setFlushMode(FlushModeType.COMMIT);
        }
        Choice choice;
        try {
            choice = choose(conversation, group, now);
        } finally {
            em.setFlushMode(flushMode);
        }
        Claimed chosen = choice.chosen();
        Agent agent = null;
        if (chosen != null) {
            // A reference: the decision needs only the agent's id here; its name comes with the recorded candidates.
            agent = em.getReference(Agent.class, chosen.state().getAgentId());
            AgentState state = chosen.state();
            changes.assignToHuman(conversation, agent, now);
            state.recordAssignment(now);
            if (group.isCall()) {
                state.changeVoiceState(VoiceState.RINGING, now);
            }
            workloads.followRisingWorkload(state, chosen.load().plusOne(group));
        }
        if (conversation.isUnseen() && chosen == null) {
            // Nobody took it: written now, before the decision that refers to it by id (an assigned one was written
            // when it got its agent).
            em.flush();
        }
        return Optional.of(record(
                conversation,
                trigger,
                choice.method(),
                agent,
                choice.reason(),
                choice.ranked(),
                choice.names(),
                chosen == null ? null : chosen.state().getAgentId(),
                now));
    }

    /** What a decision found: the available agents ranked, and the one claimed (null: none could take it), and why. */
    private record Choice(
            List<Scored> ranked, Map<Long, String> names, AssignmentMethod method, Claimed chosen, String reason) {}

    /** Chooses an agent for the conversation and claims their row (the sticky agent first, else by score). */
    private Choice choose(Conversation conversation, ChannelGroup group, Instant now) {
        Queue queue = conversation.getQueue();
        // A snapshot without locks: who is available and how loaded, for choosing.
        Map<Long, String> names = new HashMap<>();
        List<AgentState> available = availableAgents(queue, conversation.getPastAssigneeIds(), group, names);
        // Their occupancy from the counters read with the rows: no count of conversations per decision.
        Map<Long, AgentLoad> loads = workloads.loadsAsRead(available);
        Map<Long, AgentState> eligible = new HashMap<>();
        for (AgentState state : available) {
            if (takesNew(state, group, loads.get(state.getAgentId()))) {
                eligible.put(state.getAgentId(), state);
            }
        }
        List<Candidate> candidates = eligible.values().stream()
                .map(s -> new Candidate(
                        s.getAgentId(),
                        loads.get(s.getAgentId()).scoringWorkload(),
                        Duration.between(s.getLastAssignedAt(), now).toSeconds()))
                .toList();
        List<Scored> ranked = WeightSumMethod.rank(candidates);

        // Then the winner's row, locked, and its occupancy counted again under the lock. A conversation unassigned in
        // this transaction (a queue change, an unassignment) left its agent's row locked here by the counters'
        // update: that agent is among the past assignees, so the claims never wait for an agent at or below the
        // highest of them (a bulk run holding a lower agent may be waiting for that one: a deadlock). Older past
        // assignees only make the claims skip more held rows, which bulk assignment then looks at.
        Claims claims = new Claims(
                group,
                conversation.getPastAssigneeIds().stream().max(Long::compare).orElse(null));
        Optional<Long> sticky =
                StickyAgent.choose(queue.getAutoAssignment(), now, interactions(conversation), eligible.keySet());
        List<Long> tries = List.of();
        AssignmentMethod method;
        Claimed chosen = null;
        String reason;
        if (sticky.isPresent() && (chosen = claims.waitFor(eligible.get(sticky.get()))) != null) {
            method = AssignmentMethod.STICKY_AGENT;
            reason = "the agent who last interacted with the customer ("
                    + queue.getAutoAssignment().name().toLowerCase().replace('_', ' ') + ") is available";
        } else if (!ranked.isEmpty()
                && (chosen = claims.claim(tries = ClaimOrder.tries(ranked, random), eligible)) != null) {
            method = AssignmentMethod.WEIGHT_SUM;
            int passedOver = tries.indexOf(chosen.state().getAgentId());
            reason = "highest Weight Sum score among " + ranked.size() + " available agent(s)"
                    + " (at random among equal scores"
                    + (passedOver == 0 ? ")" : "; " + passedOver + " better one(s) taken by other decisions or full)");
        } else {
            method = AssignmentMethod.NONE;
            reason = available.isEmpty()
                    ? "no agent of queue '" + queue.getName() + "' is in an Available status"
                    : "every available agent of queue '" + queue.getName() + "' is at capacity for "
                            + group.name().toLowerCase().replace('_', ' ');
            // Agents another decision held while this one could not wait for them: they may still have room.
            claims.notWaitedFor().forEach(id -> freed.fire(new AgentFreed(id)));
        }
        return new Choice(ranked, names, method, chosen, reason);
    }

    private static boolean takesNew(AgentState state, ChannelGroup group, AgentLoad load) {
        return AgentAvailability.takesNew(
                group, state.getStatus().getStatusGroup(), AgentWorkloads.isFullCapacity(state), load);
    }

    /** An agent whose row this decision holds, with their load counted under that lock. */
    private record Claimed(AgentState state, AgentLoad load) {}

    /**
     * One decision's attempts to take an agent: the row lock, a fresh read of the agent's state and a count of their
     * occupancy under it, so that nobody exceeds capacity whatever the number of instances ({@link ClaimOrder}).
     */
    private final class Claims {
        private final ChannelGroup group;
        private final List<Long> skipped = new ArrayList<>();
        private final Set<Long> tried = new java.util.HashSet<>();
        private Long highestHeld;

        Claims(ChannelGroup group, Long held) {
            this.group = group;
            this.highestHeld = held;
        }

        /** The first agent of the order that can take the conversation; waits only as ClaimOrder allows. */
        Claimed claim(List<Long> order, Map<Long, AgentState> states) {
            for (Long id : order) {
                if (tried.contains(id)) {
                    continue;
                }
                if (!lockSkippingHeld(id)) {
                    skipped.add(id);
                    continue;
                }
                Claimed claimed = checkHeld(held);
                if (claimed != null) {
                    return claimed;
                }
            }
            for (Long id : ClaimOrder.waitFor(skipped, highestHeld)) {
                skipped.remove(id);
                Claimed claimed = waitFor(states.get(id));
                if (claimed != null) {
                    return claimed;
                }
            }
            return null;
        }

        /**
         * Waits for the agent's row, then checks them; an agent at or below one this decision may hold is only tried
         * (skipping a held row), since waiting for them could close a cycle.
         */
        Claimed waitFor(AgentState state) {
            if (highestHeld != null && state.getAgentId() <= highestHeld) {
                if (tried.contains(state.getAgentId()) || !lockSkippingHeld(state.getAgentId())) {
                    skipped.add(state.getAgentId());
                    return null;
                }
                return checkHeld(held);
            }
            return checkHeld(lock(state.getAgentId(), AgentOccupancy.LOCK));
        }

        List<Long> notWaitedFor() {
            return ClaimOrder.notWaitedFor(skipped, highestHeld);
        }

        private boolean lockSkippingHeld(long agentId) {
            held = lock(agentId, AgentOccupancy.LOCK_SKIP_LOCKED);
            return held != null;
        }

        private AgentState held;

        // The row locked and read again with its occupancy counters, in one statement. It is a query, so that this
        // transaction's pending changes are written first and the refresh reads them back rather than dropping them
        // (choosing for an unseen conversation writes nothing first: what intake created has no agent's row in it).
        private AgentState lock(long agentId, String sql) {
            List<?> locked = em.createNativeQuery(sql, AgentState.class)
                    .setParameter(1, agentId)
                    .setHint("eclipselink.refresh", "true")
                    .getResultList();
            return locked.isEmpty() ? null : (AgentState) locked.get(0);
        }

        private Claimed checkHeld(AgentState state) {
            if (state == null) {
                return null;
            }
            tried.add(state.getAgentId());
            highestHeld = highestHeld == null ? state.getAgentId() : Math.max(highestHeld, state.getAgentId());
            // The snapshot may be old: status, call state and occupancy as the locked row holds them now.
            AgentLoad load = workloads.loadsAsRead(List.of(state)).get(state.getAgentId());
            return takesNew(state, group, load) ? new Claimed(state, load) : null;
        }
    }

    /**
     * Every enabled human agent of the queue in an Available-group status, or for a call also at Full capacity
     * (chats filled them, their line may be free), except the excluded ones; read without locks, for choosing.
     */
    private List<AgentState> availableAgents(Queue queue, Set<Long> excluded, ChannelGroup group) {
        return availableAgents(queue, excluded, group, new HashMap<>());
    }

    /** As above, putting each agent's name into {@code names} (a decision records its candidates by name). */
    private List<AgentState> availableAgents(
            Queue queue, Set<Long> excluded, ChannelGroup group, Map<Long, String> names) {
        // Every agent works in the Default queue; other queues list theirs.
        String joinQueue = queue.isDefaultQueue() ? "" : " join a.queues q";
        String inQueue = queue.isDefaultQueue() ? "" : " and q = :queue";
        // The status comes in the same statement (it decides below; an eager status would be one more select).
        var query = em.createQuery(
                        "select s, a.name from AgentState s join fetch s.status st, Agent a" + joinQueue
                                + " where a.id = s.agentId and a.enabled = :enabled and a.kind = :human"
                                + " and (st.statusGroup = :available or st.systemCode = :full)"
                                + inQueue,
                        Object[].class)
                .setParameter("enabled", true)
                .setParameter("human", AgentKind.HUMAN)
                .setParameter("available", AgentStatusGroup.AVAILABLE)
                .setParameter("full", group.isCall() ? AgentStatus.FULL_CAPACITY : "-");
        if (!queue.isDefaultQueue()) {
            query.setParameter("queue", queue);
        }
        List<AgentState> states = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            AgentState state = (AgentState) row[0];
            if (!excluded.contains(state.getAgentId())) {
                states.add(state);
                names.put(state.getAgentId(), (String) row[1]);
            }
        }
        return states;
    }

    /**
     * Who interacted with the customer last, and when: the agent who wrote the latest reply to them in any of their
     * conversations (a reply is an interaction; being the assignee, or the latest to update a conversation, is not).
     * Only the latest counts (the sticky agent is that agent or nobody), and it is read as a row, not an aggregate,
     * so the timestamp goes through its converter on every database.
     */
    private List<Interaction> interactions(Conversation conversation) {
        Optional<Instant> since = StickyAgent.since(conversation.getQueue().getAutoAssignment(), clock.instant());
        if (since.isEmpty()) {
            return List.of();
        }
        boolean ever = since.get().equals(Instant.MIN);
        var query = em.createQuery(
                        "select a.id, m.createdAt from Message m, Agent a where m.conversation.person = :person"
                                + " and m.authorKind = :agent and a.kind = :human and a.user.username = m.author"
                                + (ever ? "" : " and m.createdAt >= :since")
                                + " order by m.createdAt desc, m.id desc",
                        Object[].class)
                .setParameter("person", conversation.getPerson())
                .setParameter("agent", AuthorKind.AGENT)
                .setParameter("human", AgentKind.HUMAN)
                .setMaxResults(1);
        if (!ever) {
            query.setParameter("since", since.get());
        }
        return query.getResultList().stream()
                .map(row -> new Interaction((Long) row[0], (Instant) row[1]))
                .toList();
    }

    private AssignmentDecision record(
            Conversation conversation,
            AssignmentTrigger trigger,
            AssignmentMethod method,
            Agent agent,
            String reason,
            List<Scored> ranked,
            Map<Long, String> known,
            Long chosen,
            Instant now) {
        Map<Long, String> names = new HashMap<>(known);
        List<Scored> recorded =
                new ArrayList<>(ranked.size() > RECORDED_CANDIDATES ? ranked.subList(0, RECORDED_CANDIDATES) : ranked);
        if (chosen != null && recorded.stream().noneMatch(r -> r.agentId() == chosen)) {
            ranked.stream().filter(r -> r.agentId() == chosen).findFirst().ifPresent(recorded::add);
        }
        // The snapshot read the candidates' names with their rows; any other is read here.
        List<Long> unnamed = recorded.stream()
                .map(Scored::agentId)
                .filter(id -> !names.containsKey(id))
                .toList();
        if (!unnamed.isEmpty()) {
            em.createNamedQuery(Agent.NAMES, Object[].class)
                    .setParameter("ids", unnamed)
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        List<AssignmentCandidate> candidates = new ArrayList<>();
        for (Scored scored : recorded) {
            candidates.add(new AssignmentCandidate(
                    scored.agentId(),
                    names.get(scored.agentId()),
                    scored.candidate().workload(),
                    scored.candidate().unservedSeconds(),
                    scored.score(),
                    Long.valueOf(scored.agentId()).equals(chosen)));
        }
        AssignmentDecision decision = new AssignmentDecision(
                conversation.getId(),
                conversation.getQueue().getId(),
                trigger,
                method,
                agent == null ? null : agent.getId(),
                agent == null ? null : names.computeIfAbsent(agent.getId(), id -> agent.getName()),
                reason,
                ranked.size(),
                candidates,
                now);
        em.persist(decision);
        return decision;
    }

    /** The decisions made for a conversation, newest first. */
    public List<AssignmentDecision> decisions(long conversationId) {
        if (em.find(Conversation.class, conversationId) == null) {
            throw new UnknownEntityException("conversation", conversationId);
        }
        return em.createNamedQuery(AssignmentDecision.OF_CONVERSATION, AssignmentDecision.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }

    // ---- bulk assignment

    /**
     * Assigns the waiting (unassigned) conversations of a queue, most urgent and oldest first, each in its own
     * transaction, until one finds no agent; for the start of a queue's working hours. Returns how many were
     * assigned.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int bulkAssignQueue(long queueId) {
        AssignmentService self = context.getBusinessObject(AssignmentService.class);
        int assigned = 0;
        for (Waiting waiting : self.waitingIn(queueId)) {
            Optional<AssignmentMethod> method = self.assignWaiting(waiting.conversationId(), queueId);
            if (method.isEmpty()) {
                continue;
            }
            if (method.get() == AssignmentMethod.NONE) {
                break;
            }
            assigned++;
        }
        return assigned;
    }

    /** The unassigned conversations of a queue that assignment may take, in bulk order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Waiting> waitingIn(long queueId) {
        return waiting(em.createQuery(
                        "select c.id, c.priority, c.createdAt, c.channel from Conversation c"
                                + " where c.queue.id = :queueId and c.assignee is null and c.status in :statuses"
                                + " and c.queue.autoAssignment <> :off",
                        Object[].class)
                .setParameter("queueId", queueId));
    }

    private List<Waiting> waiting(jakarta.persistence.TypedQuery<Object[]> query) {
        List<Waiting> waiting = new ArrayList<>(query
                .setParameter("statuses", workloads.occupyingStatuses().statuses())
                .setParameter("off", AutoAssignment.OFF)
                .getResultList()
                .stream()
                .map(row -> new Waiting(
                        (Long) row[0],
                        (io.switchboard.conversations.Priority) row[1],
                        (Instant) row[2],
                        ((io.switchboard.channels.Channel) row[3]).group()))
                .toList());
        waiting.sort(BulkAssignment.ORDER);
        return waiting.size() > BULK_LIMIT ? waiting.subList(0, BULK_LIMIT) : waiting;
    }

    /** Single assignment of one waiting conversation still in the queue; empty when it no longer waits. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AssignmentMethod> assignWaiting(long conversationId, long queueId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || conversation.getQueue().getId() != queueId) {
            return Optional.empty();
        }
        return assign(conversation, AssignmentTrigger.QUEUE_BULK).map(AssignmentDecision::getMethod);
    }

    /**
     * Bulk assignment after an agent was freed (became available, or their occupancy dropped): first their status
     * follows their workload (Full Capacity back to Available), then each of their queues (Default included) gets a
     * queue-level run. Agents freed together cost one run per queue, not one each: a request while the queue's run
     * goes on asks that run for one more pass ({@link QueueBulkRuns}). Runs after the freeing transaction committed.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void bulkAssignAgent(long agentId) {
        AssignmentService self = context.getBusinessObject(AssignmentService.class);
        if (!self.refreshCapacity(agentId)) {
            return;
        }
        for (long queueId : self.assigningQueuesOf(agentId)) {
            runs.run(queueId, () -> {
                settle();
                dealQueue(self, queueId);
            });
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refreshCapacity(long agentId) {
        return workloads.refreshCapacityStatus(agentId);
    }

    /** The agent's queues, Default included, that assign automatically; none for a disabled agent or a bot. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> assigningQueuesOf(long agentId) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null || !agent.isEnabled() || agent.getKind() != AgentKind.HUMAN) {
            return List.of();
        }
        Set<Queue> queues = new java.util.LinkedHashSet<>(agent.getQueues());
        queues.add(em.createNamedQuery(Queue.DEFAULT, Queue.class).getSingleResult());
        return queues.stream()
                .filter(q -> q.getAutoAssignment() != AutoAssignment.OFF)
                .map(Queue::getId)
                .sorted()
                .toList();
    }

    /**
     * How long a queue's run waits before its first batch: agents who come online together (a shift starting, a
     * team's status changes) reach the queue within moments of each other, and are dealt the waiting conversations
     * together instead of the first of them taking everything. Requests during the wait join this run.
     */
    static final Duration SETTLE = Duration.ofMillis(250);

    private static void settle() {
        try {
            Thread.sleep(SETTLE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Most waiting conversations one batch claims: one transaction's worth of assignments. A batch claims one per
     * agent who may take work, up to this: with many agents online the batch grows with them (fewer transactions,
     * each agent's row locked and occupancy counted once per batch), and still gives each at most one.
     */
    static final int BATCH = 500;
    /** A run stops looking past conversations nobody may take after this many (the claim names them). */
    static final int MOST_PASSED = 2000;

    /** What one batch did. */
    public record Batch(int claimed, int assigned, List<Long> nobodyMayTake, boolean roomLeft) {}

    // Batches, one transaction each, until no conversation waits or nobody has room.
    private static void dealQueue(AssignmentService self, long queueId) {
        Set<Long> passed = new java.util.HashSet<>();
        int idle = 0;
        while (true) {
            Batch batch = self.dealBatch(queueId, passed);
            if (batch.claimed() == 0 || !batch.roomLeft()) {
                return;
            }
            passed.addAll(batch.nobodyMayTake());
            // A batch that gave nothing although the snapshot said it could: agents changed under it; not forever.
            idle = batch.assigned() == 0 && batch.nobodyMayTake().isEmpty() ? idle + 1 : 0;
            if (idle >= 3 || passed.size() > MOST_PASSED) {
                return;
            }
        }
    }

    /**
     * One batch of a queue-level run. Reads the queue's agents who may take work and their loads (no locks), claims
     * up to that many waiting conversations (at most {@link #BATCH}) in work order with {@code for update skip
     * locked} (another run's claims are left to it), deals them ({@link BulkDealing}), then locks the chosen agents'
     * rows in agent id order, reads them and counts their occupancy again under the locks, deals again over them and
     * assigns. A batch no larger than the number of agents gives each at most one when their loads are equal, so
     * agents who come online a moment later still get their share from the next batches.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch dealBatch(long queueId, Set<Long> passed) {
        Queue queue = em.find(Queue.class, queueId);
        if (queue == null || queue.getAutoAssignment() == AutoAssignment.OFF) {
            return new Batch(0, 0, List.of(), false);
        }
        List<AgentState> states = availableAgents(queue, Set.of(), ChannelGroup.VOICE);
        List<Taker> takers = takers(states, workloads.loadsAsRead(states));
        if (takers.isEmpty()) {
            return new Batch(0, 0, List.of(), false);
        }
        List<Conversation> claimed = claimWaiting(queue, passed, Math.min(BATCH, takers.size()));
        if (claimed.isEmpty()) {
            return new Batch(0, 0, List.of(), true);
        }
        Map<Long, Conversation> byId = new HashMap<>();
        List<Waiting> batch = new ArrayList<>();
        for (Conversation c : claimed) {
            byId.put(c.getId(), c);
            batch.add(new Waiting(
                    c.getId(), c.getPriority(), c.getCreatedAt(), c.getChannel().group()));
        }
        Map<Long, Set<Long>> excluded = pastAssignees(byId.keySet());
        Map<Long, Long> planned = BulkDealing.deal(batch, excluded, takers);
        List<Long> nobodyMayTake = byId.keySet().stream()
                .filter(id -> !planned.containsKey(id))
                .sorted()
                .toList();
        if (planned.isEmpty()) {
            return new Batch(claimed.size(), 0, nobodyMayTake, true);
        }

        // Under the chosen agents' locks (id order: bulk runs never wait on each other in a cycle), dealt again.
        List<Long> chosen = planned.values().stream().distinct().sorted().toList();
        em.createNativeQuery("select agent_id from agent_state where agent_id in ("
                        + chosen.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ") order by agent_id for update")
                .getResultList();
        List<AgentState> locked = em.createQuery("select s from AgentState s where s.agentId in :ids", AgentState.class)
                .setParameter("ids", chosen)
                .setHint("eclipselink.refresh", "true")
                .getResultList();
        Map<Long, Agent> agents = new HashMap<>();
        em.createQuery("select a from Agent a where a.id in :ids", Agent.class)
                .setParameter("ids", chosen)
                .getResultList()
                .forEach(a -> agents.put(a.getId(), a));
        locked = locked.stream()
                .filter(s -> agents.containsKey(s.getAgentId())
                        && agents.get(s.getAgentId()).isEnabled()
                        && agents.get(s.getAgentId()).worksIn(queue))
                .toList();
        Map<Long, AgentLoad> loads = workloads.loadsAsRead(locked);
        Map<Long, AgentLoad> after = new HashMap<>(loads);
        Map<Long, AgentState> lockedById = new HashMap<>();
        locked.forEach(s -> lockedById.put(s.getAgentId(), s));
        Map<Long, Long> deal = BulkDealing.deal(batch, excluded, takers(locked, loads));
        Instant now = clock.instant();
        String reason = "agents became available: a bulk run of queue '" + queue.getName() + "' dealt this"
                + " conversation (most urgent, then oldest first) to the least loaded of " + takers.size()
                + " agent(s) who could take work";
        Map<Conversation, Agent> assignments = new LinkedHashMap<>();
        deal.forEach((conversationId, agentId) -> {
            Conversation conversation = byId.get(conversationId);
            AgentState state = lockedById.get(agentId);
            Agent agent = agents.get(agentId);
            ChannelGroup group = conversation.getChannel().group();
            AgentLoad load = after.get(agentId);
            long unserved = Duration.between(state.getLastAssignedAt(), now).toSeconds();
            assignments.put(conversation, agent);
            state.recordAssignment(now);
            if (group.isCall()) {
                state.changeVoiceState(VoiceState.RINGING, now);
            }
            after.put(agentId, load.plusOne(group));
            em.persist(new AssignmentDecision(
                    conversationId,
                    queueId,
                    AssignmentTrigger.AGENT_AVAILABLE,
                    AssignmentMethod.BULK,
                    agentId,
                    agent.getName(),
                    reason,
                    takers.size(),
                    List.of(new AssignmentCandidate(
                            agentId, agent.getName(), load.scoringWorkload(), unserved, 1.0, true)),
                    now));
        });
        // The batch's SLA rows in one read (writing the batch, its conversations, agents' rows and decisions, in
        // one flush), then its changes and their announcements (SLA, waiting strategies, events) one after another.
        sla.prefetch(deal.keySet());
        changes.assignAll(assignments, now);
        deal.values().stream()
                .distinct()
                .forEach(id -> workloads.followRisingWorkload(lockedById.get(id), after.get(id)));
        return new Batch(claimed.size(), deal.size(), nobodyMayTake, true);
    }

    private static List<Taker> takers(List<AgentState> states, Map<Long, AgentLoad> loads) {
        List<Taker> takers = new ArrayList<>();
        for (AgentState s : states) {
            boolean full = AgentWorkloads.isFullCapacity(s);
            AgentStatusGroup status = s.getStatus().getStatusGroup();
            if (AgentAvailability.takesAnyNew(status, full) && mayTakeMore(s, loads.get(s.getAgentId()))) {
                takers.add(new Taker(s.getAgentId(), status, full, loads.get(s.getAgentId())));
            }
        }
        return takers;
    }

    /**
     * Locks up to {@code limit} waiting conversations of the queue in work order (priority, then age, then id),
     * skipping rows another transaction holds and the ones this run found nobody for, and reads them.
     */
    private List<Conversation> claimWaiting(Queue queue, Set<Long> passed, int limit) {
        // Enum names and ids only: nothing from outside goes into the statement's text.
        List<io.switchboard.conversations.Priority> urgentFirst =
                new ArrayList<>(List.of(io.switchboard.conversations.Priority.values()));
        java.util.Collections.reverse(urgentFirst);
        StringBuilder byPriority = new StringBuilder("case priority");
        for (int i = 0; i < urgentFirst.size(); i++) {
            byPriority
                    .append(" when '")
                    .append(urgentFirst.get(i).name())
                    .append("' then ")
                    .append(i);
        }
        byPriority.append(" end");
        String statuses = workloads.occupyingStatuses().statuses().stream()
                .map(st -> "'" + st.name() + "'")
                .collect(Collectors.joining(","));
        String notPassed = passed.isEmpty()
                ? ""
                : " and id not in (" + passed.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select id from conversation where queue_id = ?1"
                        + " and assignee_id is null and status in (" + statuses + ")" + notPassed
                        + " order by " + byPriority + ", created_at, id limit " + limit + " for update skip locked")
                .setParameter(1, queue.getId())
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r).longValue()).toList();
        // Read for the first time in this transaction (no entity is in the shared cache), so no refresh: a refresh
        // also reloads each conversation's tags and past assignees, two statements per conversation. Assigning adds
        // to the past assignees: they come for the whole batch in one statement.
        return em.createQuery("select c from Conversation c where c.id in :ids", Conversation.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "c.pastAssigneeIds")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    private Map<Long, Set<Long>> pastAssignees(Set<Long> conversationIds) {
        Map<Long, Set<Long>> past = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select conversation_id, agent_id from conversation_past_assignee where conversation_id in ("
                                + conversationIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                                + ")")
                .getResultList();
        for (Object[] row : rows) {
            past.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.HashSet<>())
                    .add(((Number) row[1]).longValue());
        }
        return past;
    }

    // Whether any channel group still lets automatic assignment give the agent a conversation.
    private static boolean mayTakeMore(AgentState state, AgentLoad load) {
        for (ChannelGroup group : ChannelGroup.values()) {
            if (AgentAvailability.takesNew(
                    group, state.getStatus().getStatusGroup(), AgentWorkloads.isFullCapacity(state), load)) {
                return true;
            }
        }
        return false;
    }

    // ---- direct assignment

    /**
     * Gives the conversation (locked by the caller) to an agent directly: a supervisor's or agent's assignment, a
     * transfer. Agents in a Busy or Away status may receive it, Unavailable ones may not (409 naming the status);
     * capacity limits automatic assignment only. It counts as an assignment like any other: the agent's last
     * assignment time (unserved time) and their status (Full capacity) follow. Bots have no status.
     */
    public void assignDirectly(Conversation conversation, Agent agent) {
        Instant now = clock.instant();
        if (agent.getKind() != AgentKind.HUMAN) {
            changes.assign(conversation, agent, now);
            return;
        }
        // Lock order as everywhere: the conversation (the caller's), then the agent.
        AgentState state = em.find(AgentState.class, agent.getId(), LockModeType.PESSIMISTIC_WRITE);
        AgentStatus status = state.getStatus();
        if (!AgentAvailability.takesDirectAssignment(status.getStatusGroup())) {
            throw new ConflictException("agent " + agent.getName() + " is " + status.getName()
                    + " (" + status.getStatusGroup().name().toLowerCase() + "): unavailable agents cannot receive"
                    + " conversations");
        }
        boolean alreadyTheirs = agent.equals(conversation.getAssignee());
        AgentLoad load = workloads.loads(List.of(state)).get(agent.getId());
        changes.assignToHuman(conversation, agent, now);
        if (alreadyTheirs) {
            return;
        }
        state.recordAssignment(now);
        if (workloads.occupyingStatuses().occupies(conversation.getStatus())) {
            workloads.followRisingWorkload(
                    state, load.plusOne(conversation.getChannel().group()));
        }
    }

    /** Whether the conversation's status makes it occupy its agent (conversation hooks ask before freeing). */
    public boolean occupies(ConversationStatus status) {
        return workloads.occupyingStatuses().occupies(status);
    }
}
