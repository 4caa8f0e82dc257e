package io.switchboard.agents;

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

/**
 * Each agent's presence: their current status (which is activity too), heartbeat, call state and wrap-up time, and
 * the sweep that sets inactive agents Offline.
 */
@Stateless
public class AgentPresence {

    static final String INACTIVITY_MINUTES = "presence.inactivityMinutes";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    SettingsService settings;

    @EJB
    AgentStatuses statuses;

    @EJB
    AgentWorkloads workloads;

    @Inject
    Event<AgentFreed> freed;

    /** A new agent starts Offline. */
    public AgentState startPresence(Agent agent) {
        AgentState state = new AgentState(agent.getId(), statuses.statusByCode(AgentStatus.OFFLINE), clock.instant());
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
     * Sets the agent's status (which is activity too). An agent at Full Capacity who asks for Available stays at
     * Full Capacity until their workload drops; an Available-group status starts bulk assignment for them.
     */
    public AgentState setStatus(long agentId, long statusId) {
        AgentStatus wanted = statuses.status(statusId);
        AgentState state = lock(em, agentId);
        Instant now = clock.instant();
        AgentStatus next = wanted;
        if (wanted.is(AgentStatus.AVAILABLE) && workloads.load(agentId).isFullCapacity()) {
            next = statuses.statusByCode(AgentStatus.FULL_CAPACITY);
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
        AgentState state = lock(em, agentId);
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
        AgentState state = lock(em, agentId);
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
        AgentStatus offline = statuses.statusByCode(AgentStatus.OFFLINE);
        // Read without locks, then lock each row alone: the status table stays unlocked.
        for (AgentState found : em.createNamedQuery(AgentState.INACTIVE, AgentState.class)
                .setParameter("before", before)
                .getResultList()) {
            AgentState state = lock(em, found.getAgentId());
            if (state.getLastActivityAt().isBefore(before)) {
                state.changeStatus(offline, now);
            }
        }
        for (AgentState state :
                em.createNamedQuery(AgentState.WRAPPED_UP, AgentState.class).getResultList()) {
            if (!state.getVoiceStateSince()
                    .plusSeconds(state.getWrapUpSeconds())
                    .isAfter(now)) {
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
}
