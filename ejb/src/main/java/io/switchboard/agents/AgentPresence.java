package io.switchboard.agents;

import io.switchboard.agents.logic.AgentAvailability;
import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.deadlines.Deadlines;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each agent's presence: their current status (which is activity too), activity (heartbeat, replies), call state and
 * wrap-up time (ended by a durable deadline), and the sweep that signs inactive available agents out.
 */
@Stateless
public class AgentPresence {

    static final String INACTIVITY_MINUTES = "presence.inactivityMinutes";

    /** The range of the inactivity time after which an agent goes Offline, in minutes (a day at most). */
    public static final int MIN_INACTIVITY_MINUTES = 1;

    public static final int MAX_INACTIVITY_MINUTES = 24 * 60;

    /** The longest wrap-up time after a call, in seconds. */
    public static final int MAX_WRAP_UP_SECONDS = 3600;

    /** The deadline kind that ends an agent's wrap-up time (subject: the agent). */
    public static final String WRAP_UP_ENDS = "agent.wrap-up-ends";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    @EJB
    AgentStatuses statuses;

    @Inject
    AgentWorkloads workloads;

    @EJB
    Deadlines deadlines;

    @EJB
    AgentStatusHistory history;

    @Inject
    Event<AgentFreed> freed;

    @Inject
    Event<PresenceChanged> presenceChanged;

    /** A new agent starts Offline. */
    public AgentState startPresence(Agent agent) {
        AgentState state =
                new AgentState(agent.getId(), statuses.statusByCode(AgentStatus.OFFLINE), clock.instant(), history);
        em.persist(state);
        return state;
    }

    public AgentState state(long agentId) {
        return find(em, agentId);
    }

    /** The agent's state row, or 404. */
    static AgentState find(EntityManager em, long agentId) {
        AgentState state = em.find(AgentState.class, agentId);
        if (state == null) {
            throw new UnknownEntityException("agent", agentId);
        }
        return state;
    }

    /** The agent's state row, locked for the change, or 404. */
    static AgentState lock(EntityManager em, long agentId) {
        AgentState state = em.find(AgentState.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            throw new UnknownEntityException("agent", agentId);
        }
        return state;
    }

    /**
     * Sets the agent's status (which is activity too). An agent at 90% or more who asks for an Available-group
     * status goes to Full capacity and returns to that status once under capacity; an Available-group status starts
     * bulk assignment for them.
     */
    public AgentState setStatus(long agentId, long statusId) {
        AgentStatus wanted = statuses.status(statusId);
        AgentState state = lock(em, agentId);
        Instant now = clock.instant();
        if (wanted.getStatusGroup().takesNewConversations()
                && workloads.load(agentId).isFullCapacity()) {
            state.reachFullCapacity(statuses.statusByCode(AgentStatus.FULL_CAPACITY), wanted, now, history);
        } else {
            state.changeStatus(wanted, now, history);
        }
        state.recordActivity(now);
        if (state.getStatus().getStatusGroup().takesNewConversations()) {
            freed.fire(new AgentFreed(agentId));
        }
        announce(agentId);
        return state;
    }

    /**
     * Sets the agent Offline without it counting as their activity (a disabled agent: "When disabled, the agent will
     * not be able to handle conversations"); their status history records the change.
     */
    public void signOut(long agentId) {
        AgentState state = em.find(AgentState.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        if (state != null && !state.getStatus().is(AgentStatus.OFFLINE)) {
            state.changeStatus(statuses.statusByCode(AgentStatus.OFFLINE), clock.instant(), history);
            announce(agentId);
        }
    }

    /** Records that the agent is active (their browser's heartbeat). */
    public AgentState heartbeat(long agentId) {
        AgentState state = state(agentId);
        state.recordActivity(clock.instant());
        return state;
    }

    /** Records activity of the agent signed in as {@code username} (a reply, say); nothing for other users. */
    public void activityOf(String username) {
        em.createNamedQuery(Agent.BY_USER, Agent.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(agent -> em.find(AgentState.class, agent.getId()))
                .ifPresent(state -> state.recordActivity(clock.instant()));
    }

    /**
     * Sets the agent's call state; a call that ends frees their voice capacity. Wrapping ends at its time, by a
     * durable deadline; any other call state cancels a pending one.
     */
    public AgentState setVoiceState(long agentId, VoiceState voiceState) {
        AgentState state = lock(em, agentId);
        boolean wasOccupied = state.getVoiceState().occupiesAgent();
        Instant now = clock.instant();
        state.changeVoiceState(voiceState, now);
        if (voiceState == VoiceState.WRAPPING) {
            deadlines.replace(WRAP_UP_ENDS, agentId, now.plusSeconds(state.getWrapUpSeconds()), null);
        } else {
            deadlines.cancel(WRAP_UP_ENDS, agentId);
        }
        if (wasOccupied && !voiceState.occupiesAgent()) {
            freed.fire(new AgentFreed(agentId));
        }
        announce(agentId);
        return state;
    }

    /**
     * The agent's wrap-up time is over: back to idle. Idempotent, and a wrap-up that started again later (a new
     * deadline replaced this one) or already ended stays as it is.
     */
    public void endWrapUp(long agentId) {
        AgentState state = em.find(AgentState.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (state != null
                && state.getVoiceState() == VoiceState.WRAPPING
                && !state.getVoiceStateSince()
                        .plusSeconds(state.getWrapUpSeconds())
                        .isAfter(now)) {
            state.changeVoiceState(VoiceState.IDLE, now);
            announce(agentId);
        }
    }

    public AgentState setWrapUp(long agentId, int seconds) {
        if (seconds < 0 || seconds > MAX_WRAP_UP_SECONDS) {
            throw new InvalidInputException("wrapUpSeconds", "must be between 0 and " + MAX_WRAP_UP_SECONDS);
        }
        AgentState state = lock(em, agentId);
        state.changeWrapUp(seconds);
        return state;
    }

    /**
     * Signs out (sets Offline) agents shown as taking new work (an Available-group status, or Full capacity) without
     * activity for the configured time, so that no more conversations reach them; Busy, Away and their custom
     * statuses stay. Not persistent: a missed run is made up by the next one.
     */
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void sweep() {
        Instant now = clock.instant();
        Instant before = now.minus(Duration.ofMinutes(inactivityMinutes()));
        AgentStatus offline = statuses.statusByCode(AgentStatus.OFFLINE);
        // Read without locks, then lock each row alone: the status table stays unlocked.
        for (AgentState found : em.createNamedQuery(AgentState.INACTIVE, AgentState.class)
                .setParameter("before", before)
                .getResultList()) {
            AgentState state = lock(em, found.getAgentId());
            if (state.getLastActivityAt().isBefore(before)
                    && AgentAvailability.signedOutWhenInactive(
                            state.getStatus().getStatusGroup(), AgentWorkloads.isFullCapacity(state))) {
                state.changeStatus(offline, now, history);
                announce(state.getAgentId());
            }
        }
    }

    /**
     * Each minute: whether work occupies each signed-in agent (a conversation assigned to them in an occupying status,
     * or a call), kept in their status history for the report's occupancy. Measured to the minute; not persistent.
     */
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void checkOccupancy() {
        Instant now = clock.instant();
        Map<Long, Boolean> recorded = new HashMap<>();
        history.openSignedIn().forEach(p -> recorded.merge(p.getAgentId(), p.isOccupied(), (a, b) -> a && b));
        if (recorded.isEmpty()) {
            return;
        }
        List<AgentState> states = em.createNamedQuery(AgentState.BY_IDS, AgentState.class)
                .setParameter("ids", List.copyOf(recorded.keySet()))
                .getResultList();
        Map<Long, AgentLoad> loads = workloads.loads(states);
        for (AgentState found : states) {
            boolean occupied = isOccupied(loads.get(found.getAgentId()));
            if (occupied != recorded.get(found.getAgentId())) {
                AgentState state = lock(em, found.getAgentId());
                if (state.getStatus().getStatusGroup() != AgentStatusGroup.UNAVAILABLE) {
                    history.occupancyIs(state, occupied, now);
                }
            }
        }
    }

    /** Whether any conversation or call occupies the agent. */
    static boolean isOccupied(AgentLoad load) {
        if (load == null) {
            return false;
        }
        for (ChannelGroup group : ChannelGroup.values()) {
            if (load.occupancy(group) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Tells the agent's open pages (a bot has none) once the change commits. */
    private void announce(long agentId) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent != null && agent.getUser() != null) {
            presenceChanged.fire(new PresenceChanged(agentId, agent.getUser().getUsername()));
        }
    }

    public int inactivityMinutes() {
        return Integer.parseInt(settings.value(INACTIVITY_MINUTES));
    }

    public void changeInactivityMinutes(int minutes) {
        if (minutes < MIN_INACTIVITY_MINUTES || minutes > MAX_INACTIVITY_MINUTES) {
            throw new InvalidInputException(
                    "inactivityMinutes",
                    "must be between " + MIN_INACTIVITY_MINUTES + " and " + MAX_INACTIVITY_MINUTES);
        }
        settings.change(INACTIVITY_MINUTES, String.valueOf(minutes));
    }
}
