package io.switchboard.assignment;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentFreed;
import io.switchboard.agents.AgentKind;
import io.switchboard.agents.AgentState;
import io.switchboard.agents.AgentStatus;
import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.agents.VoiceState;
import io.switchboard.agents.logic.AgentAvailability;
import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.assignment.logic.BulkAssignment;
import io.switchboard.assignment.logic.BulkAssignment.Waiting;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * server instances. Bulk assignment gives waiting conversations, one transaction each, to an agent who became
 * available, locking the conversation then the agent, the same order. Every decision is recorded with its candidates.
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

    @EJB
    AgentWorkloads workloads;

    @EJB
    ConversationChanges changes;

    @Resource
    SessionContext context;

    @Inject
    Event<AgentFreed> freed;

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
        // A snapshot without locks: who is available and how loaded, for choosing.
        List<AgentState> available = availableAgents(queue, conversation.getPastAssigneeIds(), group);
        Map<Long, AgentLoad> loads = workloads.loads(available);
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

        // Then the winner's row, locked, and its occupancy counted again under the lock.
        Claims claims = new Claims(group);
        Optional<Long> sticky =
                StickyAgent.choose(queue.getAutoAssignment(), now, interactions(conversation), eligible.keySet());
        AssignmentMethod method;
        Claimed chosen = null;
        List<Long> tries = List.of();
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
        Agent agent = null;
        if (chosen != null) {
            agent = em.find(Agent.class, chosen.state().getAgentId());
            AgentState state = chosen.state();
            changes.assign(conversation, agent, now);
            state.recordAssignment(now);
            if (group.isCall()) {
                state.changeVoiceState(VoiceState.RINGING, now);
            }
            workloads.followRisingWorkload(state, chosen.load().plusOne(group));
        }
        return Optional.of(record(
                conversation,
                trigger,
                method,
                agent,
                reason,
                ranked,
                chosen == null ? null : chosen.state().getAgentId(),
                now));
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

        Claims(ChannelGroup group) {
            this.group = group;
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
                Claimed claimed = checkHeld(states.get(id));
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

        /** Waits for the agent's row (the caller holds no agent below it), then checks them. */
        Claimed waitFor(AgentState state) {
            lock(state.getAgentId(), "");
            return checkHeld(state);
        }

        List<Long> notWaitedFor() {
            return ClaimOrder.notWaitedFor(skipped, highestHeld);
        }

        private boolean lockSkippingHeld(long agentId) {
            return lock(agentId, " skip locked");
        }

        // A query, so that this transaction's pending changes are written first and the refresh that follows reads
        // them back rather than dropping them.
        private boolean lock(long agentId, String skipLocked) {
            return !em.createNativeQuery("select agent_id from agent_state where agent_id = ?1 for update" + skipLocked)
                    .setParameter(1, agentId)
                    .getResultList()
                    .isEmpty();
        }

        private Claimed checkHeld(AgentState state) {
            tried.add(state.getAgentId());
            highestHeld = highestHeld == null ? state.getAgentId() : Math.max(highestHeld, state.getAgentId());
            // The snapshot may be old: status and call state as they are now, occupancy counted under the lock.
            em.refresh(state);
            AgentLoad load = workloads.loads(List.of(state)).get(state.getAgentId());
            return takesNew(state, group, load) ? new Claimed(state, load) : null;
        }
    }

    /**
     * Every enabled human agent of the queue in an Available-group status, or for a call also at Full capacity
     * (chats filled them, their line may be free), except the excluded ones; read without locks, for choosing.
     */
    private List<AgentState> availableAgents(Queue queue, Set<Long> excluded, ChannelGroup group) {
        // Every agent works in the Default queue; other queues list theirs.
        String joinQueue = queue.isDefaultQueue() ? "" : " join a.queues q";
        String inQueue = queue.isDefaultQueue() ? "" : " and q = :queue";
        var query = em.createQuery(
                        "select s from AgentState s, Agent a" + joinQueue + " where a.id = s.agentId"
                                + " and a.enabled = :enabled and a.kind = :human"
                                + " and (s.status.statusGroup = :available or s.status.systemCode = :full)"
                                + inQueue,
                        AgentState.class)
                .setParameter("enabled", true)
                .setParameter("human", AgentKind.HUMAN)
                .setParameter("available", AgentStatusGroup.AVAILABLE)
                .setParameter("full", group.isCall() ? AgentStatus.FULL_CAPACITY : "-");
        if (!queue.isDefaultQueue()) {
            query.setParameter("queue", queue);
        }
        return query.getResultList().stream()
                .filter(s -> !excluded.contains(s.getAgentId()))
                .toList();
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
            Long chosen,
            Instant now) {
        Map<Long, String> names = new HashMap<>();
        List<Scored> recorded =
                new ArrayList<>(ranked.size() > RECORDED_CANDIDATES ? ranked.subList(0, RECORDED_CANDIDATES) : ranked);
        if (chosen != null && recorded.stream().noneMatch(r -> r.agentId() == chosen)) {
            ranked.stream().filter(r -> r.agentId() == chosen).findFirst().ifPresent(recorded::add);
        }
        if (!recorded.isEmpty()) {
            em.createQuery("select a.id, a.name from Agent a where a.id in :ids", Object[].class)
                    .setParameter("ids", recorded.stream().map(Scored::agentId).toList())
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
                agent == null ? null : agent.getName(),
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
     * Bulk assignment to one agent who may take work: first their status follows their workload (Full Capacity
     * back to Available), then the waiting conversations of their queues, most urgent and oldest first, go to
     * them one transaction each until they are full. Runs after the transaction that freed them committed.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void bulkAssignAgent(long agentId) {
        AssignmentService self = context.getBusinessObject(AssignmentService.class);
        if (!self.refreshCapacity(agentId)) {
            return;
        }
        for (Waiting waiting : self.waitingFor(agentId)) {
            if (!self.assignToAgent(waiting.conversationId(), agentId)) {
                return;
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refreshCapacity(long agentId) {
        return workloads.refreshCapacityStatus(agentId);
    }

    /** The unassigned conversations of the agent's queues (Default included) that assignment may take. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Waiting> waitingFor(long agentId) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null || !agent.isEnabled() || agent.getKind() != AgentKind.HUMAN) {
            return List.of();
        }
        Set<Long> queueIds = agent.getQueues().stream().map(Queue::getId).collect(Collectors.toSet());
        queueIds.add(em.createNamedQuery(Queue.DEFAULT, Queue.class)
                .getSingleResult()
                .getId());
        return waiting(em.createQuery(
                        "select c.id, c.priority, c.createdAt, c.channel from Conversation c"
                                + " where c.queue.id in :queueIds and c.assignee is null and c.status in :statuses"
                                + " and c.queue.autoAssignment <> :off"
                                + " and not exists (select p.id from Conversation p join p.pastAssigneeIds pa"
                                + " where p = c and pa = :agentId)",
                        Object[].class)
                .setParameter("queueIds", queueIds)
                .setParameter("agentId", agentId));
    }

    /**
     * Gives one waiting conversation to the agent if it still waits and fits; false once the agent can take no
     * more (not available, or full). Locks the conversation, then the agent: the same order as single assignment.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean assignToAgent(long conversationId, long agentId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null
                || conversation.getAssignee() != null
                || conversation.isClosed()
                || !workloads.occupyingStatuses().occupies(conversation.getStatus())
                || conversation.getPastAssigneeIds().contains(agentId)) {
            return true;
        }
        AgentState state = em.find(AgentState.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        Agent agent = em.find(Agent.class, agentId);
        if (state == null) {
            return false;
        }
        AgentStatusGroup status = state.getStatus().getStatusGroup();
        boolean fullCapacity = AgentWorkloads.isFullCapacity(state);
        if (!AgentAvailability.takesAnyNew(status, fullCapacity)) {
            return false;
        }
        if (!agent.worksIn(conversation.getQueue())) {
            return true;
        }
        AgentLoad load = workloads.loads(List.of(state)).get(agentId);
        ChannelGroup group = conversation.getChannel().group();
        if (!AgentAvailability.takesNew(group, status, fullCapacity, load)) {
            // Another group may still have room (a call, at least): only an agent who can take nothing stops the run.
            return mayTakeMore(state, load);
        }
        Instant now = clock.instant();
        Candidate candidate = new Candidate(
                agentId,
                load.scoringWorkload(),
                Duration.between(state.getLastAssignedAt(), now).toSeconds());
        changes.assign(conversation, agent, now);
        state.recordAssignment(now);
        if (group.isCall()) {
            state.changeVoiceState(VoiceState.RINGING, now);
        }
        AgentLoad after = load.plusOne(group);
        workloads.followRisingWorkload(state, after);
        record(
                conversation,
                AssignmentTrigger.AGENT_AVAILABLE,
                AssignmentMethod.BULK,
                agent,
                "the agent became available and this conversation waited longest at its priority",
                List.of(new Scored(candidate, 1.0)),
                agentId,
                now);
        return mayTakeMore(state, after);
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
        changes.assign(conversation, agent, now);
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
