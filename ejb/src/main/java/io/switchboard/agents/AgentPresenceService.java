package io.switchboard.agents;

import io.switchboard.assignment.AgentLoad;
import io.switchboard.assignment.OccupyingStatuses;
import io.switchboard.channels.Channel;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.QueueService;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Agents' presence and capacity: statuses (default and custom), each agent's current status, activity and call
 * state, default and own capacities, which conversation statuses occupy an agent, and the load that follows.
 */
@Stateless
public class AgentPresenceService {

    static final String CAPACITY_PREFIX = "capacity.";
    static final String OCCUPANCY_WAITING = "occupancy.WAITING";
    static final String OCCUPANCY_SOLVED = "occupancy.SOLVED";
    static final String INACTIVITY_MINUTES = "presence.inactivityMinutes";
    static final int MAX_CAPACITY = 1000;

    /** The channel groups whose capacity can be set (voice is always 1). */
    public static final List<ChannelGroup> SETTABLE = List.of(ChannelGroup.LIVE_MESSAGING, ChannelGroup.LIVE_CHAT,
            ChannelGroup.EMAIL);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    SettingsService settings;

    @EJB
    QueueService queues;

    @Inject
    Event<AgentFreed> freed;

    // ---- statuses

    public List<AgentStatus> statuses() {
        return em.createNamedQuery(AgentStatus.ALL, AgentStatus.class).getResultList();
    }

    public AgentStatus status(long id) {
        AgentStatus status = em.find(AgentStatus.class, id);
        if (status == null) {
            throw new UnknownEntityException("agent status", id);
        }
        return status;
    }

    public AgentStatus statusByCode(String code) {
        return em.createNamedQuery(AgentStatus.BY_CODE, AgentStatus.class).setParameter("code", code)
                .getSingleResult();
    }

    public AgentStatus createStatus(String name, AgentStatusGroup group) {
        requireFreeName(name, null);
        AgentStatus status = new AgentStatus(name, group, clock.instant());
        em.persist(status);
        em.flush();
        return status;
    }

    public AgentStatus changeStatus(long id, String name, AgentStatusGroup group) {
        AgentStatus status = status(id);
        if (status.isDefaultStatus()) {
            throw new ConflictException("default status '" + status.getName() + "' cannot be changed");
        }
        requireFreeName(name, status);
        status.change(name, group);
        return status;
    }

    /** Deletes a custom status nobody is in. */
    public void deleteStatus(long id) {
        AgentStatus status = status(id);
        if (status.isDefaultStatus()) {
            throw new ConflictException("default status '" + status.getName() + "' cannot be deleted");
        }
        long inUse = em.createQuery("select count(s) from AgentState s where s.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
        if (inUse > 0) {
            throw new ConflictException("status '" + status.getName() + "' is the status of " + inUse
                    + " agent(s): change theirs first");
        }
        em.remove(status);
    }

    private void requireFreeName(String name, AgentStatus self) {
        em.createNamedQuery(AgentStatus.BY_NAME, AgentStatus.class).setParameter("name", name).getResultStream()
                .filter(other -> !other.equals(self)).findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("a status named '" + name + "' exists");
                });
    }

    // ---- each agent's state

    /** A new agent starts Offline. */
    public AgentState startPresence(Agent agent) {
        AgentState state = new AgentState(agent.getId(), statusByCode(AgentStatus.OFFLINE), clock.instant());
        em.persist(state);
        return state;
    }

    public AgentState state(long agentId) {
        AgentState state = em.find(AgentState.class, agentId);
        if (state == null) {
            throw new UnknownEntityException("agent", agentId);
        }
        return state;
    }

    private AgentState locked(long agentId) {
        AgentState state = em.find(AgentState.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            throw new UnknownEntityException("agent", agentId);
        }
        return state;
    }

    /**
     * Sets the agent's status (which is activity too). An agent at Full Capacity who asks for Available stays at
     * Full Capacity until their workload drops; an Available-group status starts bulk assignment for them.
     */
    public AgentState setStatus(long agentId, long statusId) {
        AgentStatus wanted = status(statusId);
        AgentState state = locked(agentId);
        Instant now = clock.instant();
        AgentStatus next = wanted;
        if (wanted.is(AgentStatus.AVAILABLE) && load(agentId).isFullCapacity()) {
            next = statusByCode(AgentStatus.FULL_CAPACITY);
        }
        state.changeStatus(next, now);
        state.recordActivity(now);
        if (next.getStatusGroup().takesNewConversations()) {
            freed.fire(new AgentFreed(agentId));
        }
        return state;
    }

    /** Records that the agent is active (their browser's heartbeat). */
    public AgentState heartbeat(long agentId) {
        AgentState state = state(agentId);
        state.recordActivity(clock.instant());
        return state;
    }

    /** Sets the agent's call state; a call that ends frees their voice capacity. */
    public AgentState setVoiceState(long agentId, VoiceState voiceState) {
        AgentState state = locked(agentId);
        boolean wasOccupied = state.getVoiceState().occupiesAgent();
        state.changeVoiceState(voiceState, clock.instant());
        if (wasOccupied && !voiceState.occupiesAgent()) {
            freed.fire(new AgentFreed(agentId));
        }
        return state;
    }

    public AgentState setWrapUp(long agentId, int seconds) {
        if (seconds < 0 || seconds > 3600) {
            throw new InvalidInputException("wrapUpSeconds", "must be between 0 and 3600");
        }
        AgentState state = locked(agentId);
        state.changeWrapUp(seconds);
        return state;
    }

    /**
     * Sets agents without activity for the configured time Offline, and ends wrap-up times that are over. Not
     * persistent: a missed run is made up by the next one.
     */
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void sweep() {
        Instant now = clock.instant();
        Instant before = now.minus(Duration.ofMinutes(inactivityMinutes()));
        AgentStatus offline = statusByCode(AgentStatus.OFFLINE);
        // Read without locks, then lock each row alone: the status table stays unlocked.
        for (AgentState found : em.createNamedQuery(AgentState.INACTIVE, AgentState.class)
                .setParameter("before", before).getResultList()) {
            AgentState state = locked(found.getAgentId());
            if (state.getLastActivityAt().isBefore(before)) {
                state.changeStatus(offline, now);
            }
        }
        for (AgentState state : em.createNamedQuery(AgentState.WRAPPED_UP, AgentState.class).getResultList()) {
            if (!state.getVoiceStateSince().plusSeconds(state.getWrapUpSeconds()).isAfter(now)) {
                state.changeVoiceState(VoiceState.IDLE, now);
            }
        }
    }

    public int inactivityMinutes() {
        return Integer.parseInt(settings.value(INACTIVITY_MINUTES));
    }

    public void changeInactivityMinutes(int minutes) {
        if (minutes < 1 || minutes > 24 * 60) {
            throw new InvalidInputException("inactivityMinutes", "must be between 1 and 1440");
        }
        settings.change(INACTIVITY_MINUTES, String.valueOf(minutes));
    }

    // ---- capacity

    /** The default capacity per settable channel group. */
    public Map<ChannelGroup, Integer> defaultCapacities() {
        Map<ChannelGroup, Integer> capacities = new EnumMap<>(ChannelGroup.class);
        for (ChannelGroup group : SETTABLE) {
            capacities.put(group, Integer.parseInt(settings.value(CAPACITY_PREFIX + group.name())));
        }
        return capacities;
    }

    public Map<ChannelGroup, Integer> changeDefaultCapacities(Map<ChannelGroup, Integer> capacities) {
        capacities.forEach((group, capacity) -> {
            String field = "capacities." + group.name();
            if (group == ChannelGroup.VOICE) {
                throw new InvalidInputException(field, "voice capacity is always 1 and cannot be changed");
            }
            if (capacity == null || capacity < 0 || capacity > MAX_CAPACITY) {
                throw new InvalidInputException(field, "must be between 0 and " + MAX_CAPACITY);
            }
        });
        Map<ChannelGroup, Integer> before = defaultCapacities();
        capacities.forEach((group, capacity) -> settings.change(CAPACITY_PREFIX + group.name(),
                String.valueOf(capacity)));
        Map<ChannelGroup, Integer> after = defaultCapacities();
        if (!after.equals(before)) {
            // Every agent's room changed: those who may take work get bulk assignment once this commits, and
            // their status follows their new workload (Full capacity and back).
            em.createQuery("select s.agentId from AgentState s where s.status.statusGroup = :available"
                            + " or s.status.systemCode = :full", Long.class)
                    .setParameter("available", AgentStatusGroup.AVAILABLE)
                    .setParameter("full", AgentStatus.FULL_CAPACITY)
                    .getResultList().forEach(agentId -> freed.fire(new AgentFreed(agentId)));
        }
        return after;
    }

    /** The agent's own capacities (null where the default applies). */
    public Map<ChannelGroup, Integer> ownCapacities(long agentId) {
        AgentState state = state(agentId);
        Map<ChannelGroup, Integer> own = new EnumMap<>(ChannelGroup.class);
        SETTABLE.forEach(group -> own.put(group, state.ownCapacity(group)));
        return own;
    }

    /** Sets the agent's own capacities; a null value returns that group to the default. */
    public Map<ChannelGroup, Integer> changeOwnCapacities(long agentId, Map<ChannelGroup, Integer> capacities) {
        capacities.forEach((group, capacity) -> {
            String field = "capacities." + group.name();
            if (group == ChannelGroup.VOICE) {
                throw new InvalidInputException(field, "voice capacity is always 1 and cannot be changed");
            }
            if (capacity != null && (capacity < 0 || capacity > MAX_CAPACITY)) {
                throw new InvalidInputException(field, "must be between 0 and " + MAX_CAPACITY + ", or null");
            }
        });
        AgentState state = locked(agentId);
        capacities.forEach(state::changeOwnCapacity);
        freed.fire(new AgentFreed(agentId));
        return ownCapacities(agentId);
    }

    /** The capacities that apply to the agent: their own, else the default. */
    public Map<ChannelGroup, Integer> effectiveCapacities(AgentState state, Map<ChannelGroup, Integer> defaults) {
        Map<ChannelGroup, Integer> effective = new EnumMap<>(ChannelGroup.class);
        for (ChannelGroup group : SETTABLE) {
            Integer own = state.ownCapacity(group);
            effective.put(group, own != null ? own : defaults.get(group));
        }
        effective.put(ChannelGroup.VOICE, 1);
        return effective;
    }

    // ---- occupancy

    public OccupyingStatuses occupyingStatuses() {
        return new OccupyingStatuses(Boolean.parseBoolean(settings.value(OCCUPANCY_WAITING)),
                Boolean.parseBoolean(settings.value(OCCUPANCY_SOLVED)));
    }

    /** Sets which statuses occupy an agent (Open always does); excluding one frees every agent it occupied. */
    public OccupyingStatuses changeOccupyingStatuses(OccupyingStatuses wanted) {
        OccupyingStatuses before = occupyingStatuses();
        settings.change(OCCUPANCY_WAITING, String.valueOf(wanted.waiting()));
        settings.change(OCCUPANCY_SOLVED, String.valueOf(wanted.solved()));
        if ((before.waiting() && !wanted.waiting()) || (before.solved() && !wanted.solved())) {
            em.createQuery("select distinct c.assignee.id from Conversation c where c.status in :statuses",
                            Long.class)
                    .setParameter("statuses", List.of(ConversationStatus.WAITING, ConversationStatus.SOLVED))
                    .getResultList()
                    .forEach(agentId -> freed.fire(new AgentFreed(agentId)));
        }
        return wanted;
    }

    public OccupyingStatuses resetOccupyingStatuses() {
        return changeOccupyingStatuses(OccupyingStatuses.DEFAULT);
    }

    /** One agent's load now. */
    public AgentLoad load(long agentId) {
        return loads(List.of(state(agentId))).get(agentId);
    }

    /**
     * The load of each agent: conversations assigned to them in an occupying status, by channel group, against
     * their capacities; their call state occupies voice. One query for all of them.
     */
    public Map<Long, AgentLoad> loads(Collection<AgentState> states) {
        Map<Long, Map<ChannelGroup, Integer>> occupancy = new HashMap<>();
        if (!states.isEmpty()) {
            em.createQuery("select c.assignee.id, c.channel, count(c) from Conversation c"
                            + " where c.assignee.id in :ids and c.status in :statuses"
                            + " group by c.assignee.id, c.channel", Object[].class)
                    .setParameter("ids", states.stream().map(AgentState::getAgentId).toList())
                    .setParameter("statuses", occupyingStatuses().statuses())
                    .getResultList()
                    .forEach(row -> occupancy.computeIfAbsent((Long) row[0], id -> new EnumMap<>(ChannelGroup.class))
                            .merge(((Channel) row[1]).group(), ((Number) row[2]).intValue(), Integer::sum));
        }
        Map<ChannelGroup, Integer> defaults = defaultCapacities();
        Map<Long, AgentLoad> loads = new HashMap<>();
        for (AgentState state : states) {
            Map<ChannelGroup, Integer> occupied = new EnumMap<>(ChannelGroup.class);
            occupied.putAll(occupancy.getOrDefault(state.getAgentId(), Map.of()));
            // A call occupies the agent only while it rings or lasts, whatever the conversation's status.
            occupied.put(ChannelGroup.VOICE, state.getVoiceState().occupiesAgent() ? 1 : 0);
            loads.put(state.getAgentId(), AgentLoad.of(occupied, effectiveCapacities(state, defaults)));
        }
        return loads;
    }

    /**
     * Moves the agent between Available and Full Capacity as their workload crosses 90% (other statuses are the
     * agent's own choice and stay). The caller holds the agent's row lock.
     */
    public void followWorkload(AgentState state, AgentLoad load) {
        AgentStatus status = state.getStatus();
        if (status.is(AgentStatus.AVAILABLE) && load.isFullCapacity()) {
            state.changeStatus(statusByCode(AgentStatus.FULL_CAPACITY), clock.instant());
        } else if (status.is(AgentStatus.FULL_CAPACITY) && !load.isFullCapacity()) {
            state.changeStatus(statusByCode(AgentStatus.AVAILABLE), clock.instant());
        }
    }

    /** Locks the agent's row and brings their status in line with their workload; true if they can take work. */
    public boolean refreshCapacityStatus(long agentId) {
        AgentState state = em.find(AgentState.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            return false;
        }
        followWorkload(state, loads(List.of(state)).get(agentId));
        return state.getStatus().getStatusGroup().takesNewConversations();
    }

    // ---- live view

    /** The agents of a queue with status, occupancy/capacity per group and workload. */
    public List<AgentWorkload> workloads(long queueId) {
        List<Agent> agents = queues.agentsOf(queueId);
        List<AgentState> states = agents.stream().map(a -> em.find(AgentState.class, a.getId()))
                .filter(Objects::nonNull).toList();
        Map<Long, AgentLoad> loads = loads(states);
        Map<Long, AgentState> byAgent = new HashMap<>();
        states.forEach(s -> byAgent.put(s.getAgentId(), s));
        return agents.stream().filter(a -> byAgent.containsKey(a.getId())).map(agent -> {
            AgentState state = byAgent.get(agent.getId());
            AgentLoad load = loads.get(agent.getId());
            return new AgentWorkload(agent.getId(), agent.getName(), state.getStatus().getName(),
                    state.getStatus().getStatusGroup(), share(load, ChannelGroup.LIVE_MESSAGING),
                    share(load, ChannelGroup.LIVE_CHAT), share(load, ChannelGroup.EMAIL),
                    share(load, ChannelGroup.VOICE), round(load.scoringWorkload()), round(load.combinedPercent()));
        }).toList();
    }

    private static String share(AgentLoad load, ChannelGroup group) {
        return load.occupancy(group) + "/" + load.capacity(group);
    }

    private static double round(double percent) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", percent));
    }

    /** Whether the conversation's assignee counts it (for hooks that must know if occupancy drops). */
    public boolean occupies(Conversation conversation) {
        return conversation.getAssignee() != null && occupyingStatuses().occupies(conversation.getStatus());
    }
}
