package io.switchboard.agents;

import java.time.Instant;

/**
 * Where an agent's status changes are recorded ({@link AgentStatusPeriod}). {@link AgentState} cannot change its
 * status without one, so no path that changes a status (the agent, Full capacity and back, the inactivity sign-out,
 * anything added later) can forget the history.
 */
public interface StatusHistory {

    /** The agent is in {@code status} from {@code at}: ends the period going on and starts one. */
    void statusChanged(long agentId, AgentStatus status, Instant at);
}
