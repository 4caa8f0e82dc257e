package io.switchboard.agents;

import io.switchboard.agents.logic.AgentAvailability;
import io.switchboard.agents.logic.AgentAvailability.Move;
import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.queues.QueueService;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Agents' occupancy and workload: which conversation statuses occupy an agent, each agent's load against their
 * capacities, the status that follows it (Full capacity and back), and the live view of a queue's agents.
 *
 * <p>A CDI bean: every assignment decision reads loads several times, and a session-bean call cost more than the
 * read (as for {@link SettingsService}). What changes state runs in a transaction, the caller's or its own; following
 * a workload runs in the caller's, which holds the agent's row.
 */
@ApplicationScoped
public class AgentWorkloads {

    static final String OCCUPANCY_WAITING = "occupancy.WAITING";
    static final String OCCUPANCY_SOLVED = "occupancy.SOLVED";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    @EJB
    QueueService queues;

    @EJB
    AgentStatuses statuses;

    @Inject
    AgentCapacities capacities;

    @EJB
    AgentStatusHistory history;

    @Inject
    Event<AgentFreed> freed;

    // ---- occupancy

    public OccupyingStatuses occupyingStatuses() {
        return new OccupyingStatuses(
                Boolean.parseBoolean(settings.value(OCCUPANCY_WAITING)),
                Boolean.parseBoolean(settings.value(OCCUPANCY_SOLVED)));
    }

    /** Sets which statuses occupy an agent (Open always does); excluding one frees every agent it occupied. */
    @Transactional
    public OccupyingStatuses changeOccupyingStatuses(OccupyingStatuses wanted) {
        OccupyingStatuses before = occupyingStatuses();
        settings.change(OCCUPANCY_WAITING, String.valueOf(wanted.waiting()));
        settings.change(OCCUPANCY_SOLVED, String.valueOf(wanted.solved()));
        if ((before.waiting() && !wanted.waiting()) || (before.solved() && !wanted.solved())) {
            em.createQuery("select distinct c.assignee.id from Conversation c where c.status in :statuses", Long.class)
                    .setParameter("statuses", List.of(ConversationStatus.WAITING, ConversationStatus.SOLVED))
                    .getResultList()
                    .forEach(agentId -> freed.fire(new AgentFreed(agentId)));
        }
        return wanted;
    }

    @Transactional
    public OccupyingStatuses resetOccupyingStatuses() {
        return changeOccupyingStatuses(OccupyingStatuses.DEFAULT);
    }

    /** One agent's load now. */
    public AgentLoad load(long agentId) {
        return loads(List.of(AgentPresence.find(em, agentId))).get(agentId);
    }

    /**
     * The load of each agent: conversations assigned to them in an occupying status, by channel group, against
     * their capacities; their call state occupies voice. The occupancy counters as the database holds them now
     * ({@link AgentOccupancy}: one statement by primary key for all of them, no count of conversations).
     */
    public Map<Long, AgentLoad> loads(Collection<AgentState> states) {
        OccupyingStatuses occupying = occupyingStatuses();
        Map<Long, Map<ChannelGroup, Integer>> occupancy = AgentOccupancy.read(
                em, states.stream().map(AgentState::getAgentId).toList(), occupying.waiting(), occupying.solved());
        return loads(states, state -> occupancy.getOrDefault(state.getAgentId(), Map.of()));
    }

    /**
     * The same from the counters read with each state: for rows the caller has just read (under their lock, or as a
     * snapshot for choosing), with no statement at all.
     */
    public Map<Long, AgentLoad> loadsAsRead(Collection<AgentState> states) {
        OccupyingStatuses occupying = occupyingStatuses();
        return loads(states, state -> AgentOccupancy.occupancy(state, occupying.waiting(), occupying.solved()));
    }

    private Map<Long, AgentLoad> loads(
            Collection<AgentState> states,
            java.util.function.Function<AgentState, Map<ChannelGroup, Integer>> counted) {
        Map<ChannelGroup, Integer> defaults = capacities.defaultCapacities();
        Map<Long, AgentLoad> loads = new HashMap<>();
        for (AgentState state : states) {
            Map<ChannelGroup, Integer> occupied = new EnumMap<>(ChannelGroup.class);
            occupied.putAll(counted.apply(state));
            // A call occupies the agent only while it rings or lasts, whatever the conversation's status.
            occupied.put(ChannelGroup.VOICE, state.getVoiceState().occupiesAgent() ? 1 : 0);
            loads.put(state.getAgentId(), AgentLoad.of(occupied, capacities.effectiveCapacities(state, defaults)));
        }
        return loads;
    }

    /**
     * After an assignment of any kind grew the agent's workload: from any Available-group status they move to Full
     * capacity at 90%, remembering that status. The caller holds the agent's row lock.
     */
    public void followRisingWorkload(AgentState state, AgentLoad load) {
        AgentStatus status = state.getStatus();
        if (AgentAvailability.afterWorkloadRose(status.getStatusGroup(), isFullCapacity(state), load)
                == Move.TO_FULL_CAPACITY) {
            state.reachFullCapacity(statuses.statusByCode(AgentStatus.FULL_CAPACITY), status, clock.instant(), history);
        }
    }

    /**
     * After the agent's workload dropped (or their capacity grew): from Full capacity back to the status they had
     * once under their maximum capacity. The caller holds the agent's row lock.
     */
    public void followDroppingWorkload(AgentState state, AgentLoad load) {
        if (AgentAvailability.afterWorkloadDropped(isFullCapacity(state), load) == Move.BACK_UNDER_CAPACITY) {
            AgentStatus back = state.getReturnStatus();
            state.changeStatus(
                    back != null ? back : statuses.statusByCode(AgentStatus.AVAILABLE), clock.instant(), history);
        }
    }

    /** Whether the agent is at Full capacity (the default status the engine sets). */
    public static boolean isFullCapacity(AgentState state) {
        return state.getStatus().is(AgentStatus.FULL_CAPACITY);
    }

    /**
     * Locks the agent's row after their workload dropped and brings their status in line with it; true if
     * automatic assignment may give them anything (a call at least).
     */
    @Transactional
    public boolean refreshCapacityStatus(long agentId) {
        AgentState state = em.find(AgentState.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            return false;
        }
        followDroppingWorkload(state, loads(List.of(state)).get(agentId));
        return AgentAvailability.takesAnyNew(state.getStatus().getStatusGroup(), isFullCapacity(state));
    }

    // ---- live view

    /** The agents of a queue with status, occupancy/capacity per group and workload. */
    public List<AgentWorkload> workloads(long queueId) {
        List<Agent> agents = queues.agentsOf(queueId);
        List<AgentState> states = agents.stream()
                .map(a -> em.find(AgentState.class, a.getId()))
                .filter(Objects::nonNull)
                .toList();
        Map<Long, AgentLoad> loads = loads(states);
        Map<Long, AgentState> byAgent = new HashMap<>();
        states.forEach(s -> byAgent.put(s.getAgentId(), s));
        return agents.stream()
                .filter(a -> byAgent.containsKey(a.getId()))
                .map(agent -> {
                    AgentState state = byAgent.get(agent.getId());
                    AgentLoad load = loads.get(agent.getId());
                    return new AgentWorkload(
                            agent.getId(),
                            agent.getName(),
                            state.getStatus().getName(),
                            state.getStatus().getStatusGroup(),
                            share(load, ChannelGroup.LIVE_MESSAGING),
                            share(load, ChannelGroup.LIVE_CHAT),
                            share(load, ChannelGroup.EMAIL),
                            share(load, ChannelGroup.VOICE),
                            round(load.scoringWorkload()),
                            round(load.combinedPercent()));
                })
                .toList();
    }

    private static String share(AgentLoad load, ChannelGroup group) {
        return load.occupancy(group) + "/" + load.capacity(group);
    }

    private static double round(double percent) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", percent));
    }
}
