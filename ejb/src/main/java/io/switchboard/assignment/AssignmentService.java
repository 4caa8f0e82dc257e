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
 * Automatic agent assignment. A single assignment (new conversation, queue change, unassignment) locks the
 * conversation, then the rows of the queue's available agents in agent id order, counts their occupancy under
 * those locks and decides: the sticky agent first when the queue wants one, else the Weight Sum Method. Bulk
 * assignment gives waiting conversations, one transaction each, to an agent who became available. Every decision
 * is recorded with its candidates. The fixed lock order (conversation, then agents by id) keeps concurrent
 * decisions from deadlocking; the row locks keep occupancy within capacity across server instances.
 */
@Stateless
public class AssignmentService {

    /** How many candidates a decision records at most (the best ones); the count of all is kept. */
    static final int RECORDED_CANDIDATES = 50;
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
        List<AgentState> locked = lockAvailableAgents(queue, conversation.getPastAssigneeIds(), group);
        Map<Long, AgentLoad> loads = workloads.loads(locked);
        Map<Long, AgentState> eligible = new HashMap<>();
        for (AgentState state : locked) {
            if (AgentAvailability.takesNew(
                    group,
                    state.getStatus().getStatusGroup(),
                    AgentWorkloads.isFullCapacity(state),
                    loads.get(state.getAgentId()))) {
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

        Optional<Long> sticky =
                StickyAgent.choose(queue.getAutoAssignment(), now, interactions(conversation), eligible.keySet());
        AssignmentMethod method;
        Long chosen;
        String reason;
        if (sticky.isPresent()) {
            method = AssignmentMethod.STICKY_AGENT;
            chosen = sticky.get();
            reason = "the agent who last interacted with the customer ("
                    + queue.getAutoAssignment().name().toLowerCase().replace('_', ' ') + ") is available";
        } else if (!ranked.isEmpty()) {
            method = AssignmentMethod.WEIGHT_SUM;
            chosen = WeightSumMethod.pick(ranked, random).orElseThrow().agentId();
            reason = "highest Weight Sum score among " + ranked.size() + " available agent(s)"
                    + " (at random among equal scores)";
        } else {
            method = AssignmentMethod.NONE;
            chosen = null;
            reason = locked.isEmpty()
                    ? "no agent of queue '" + queue.getName() + "' is in an Available status"
                    : "every available agent of queue '" + queue.getName() + "' is at capacity for "
                            + group.name().toLowerCase().replace('_', ' ');
        }
        Agent agent = null;
        if (chosen != null) {
            agent = em.find(Agent.class, chosen);
            AgentState state = eligible.get(chosen);
            changes.assign(conversation, agent, now);
            state.recordAssignment(now);
            if (group.isCall()) {
                state.changeVoiceState(VoiceState.RINGING, now);
            }
            workloads.followRisingWorkload(state, loads.get(chosen).plusOne(group));
        }
        return Optional.of(record(conversation, trigger, method, agent, reason, ranked, chosen, now));
    }

    /**
     * Locks the row of every enabled human agent of the queue in an Available-group status, or for a call also at
     * Full capacity (chats filled them, their line may be free), except the excluded ones, in agent id order, and
     * returns them fresh from the database.
     */
    private List<AgentState> lockAvailableAgents(Queue queue, Set<Long> excluded, ChannelGroup group) {
        // Every agent works in the Default queue; other queues list theirs.
        String joinQueue = queue.isDefaultQueue() ? "" : " join a.queues q";
        String inQueue = queue.isDefaultQueue() ? "" : " and q = :queue";
        var query = em.createQuery(
                        "select a.id from AgentState s, Agent a" + joinQueue + " where a.id = s.agentId"
                                + " and a.enabled = :enabled and a.kind = :human"
                                + " and (s.status.statusGroup = :available or s.status.systemCode = :full)"
                                + inQueue,
                        Long.class)
                .setParameter("enabled", true)
                .setParameter("human", AgentKind.HUMAN)
                .setParameter("available", AgentStatusGroup.AVAILABLE)
                .setParameter("full", group.isCall() ? AgentStatus.FULL_CAPACITY : "-");
        if (!queue.isDefaultQueue()) {
            query.setParameter("queue", queue);
        }
        List<Long> ids = query.getResultList().stream()
                .filter(id -> !excluded.contains(id))
                .sorted()
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(AgentState.BY_IDS, AgentState.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
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
        List<Scored> recorded = ranked.size() > RECORDED_CANDIDATES ? ranked.subList(0, RECORDED_CANDIDATES) : ranked;
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
