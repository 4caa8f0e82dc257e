package io.switchboard.queues;

/**
 * A queue's automatic assignment: off, to any available agent, or first to the agent who last talked with the
 * customer within a period (the sticky agent), else to any available agent.
 */
public enum AutoAssignment {
    OFF,
    ANY_AVAILABLE_AGENT,
    LAST_AGENT_30_DAYS,
    LAST_AGENT_60_DAYS,
    LAST_AGENT_1_YEAR,
    LAST_AGENT_EVER;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES =
            "OFF|ANY_AVAILABLE_AGENT|LAST_AGENT_30_DAYS|LAST_AGENT_60_DAYS|LAST_AGENT_1_YEAR" + "|LAST_AGENT_EVER";
}
