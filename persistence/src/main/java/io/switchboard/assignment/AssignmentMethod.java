package io.switchboard.assignment;

/** How an automatic assignment decision chose (or failed to choose) an agent. */
public enum AssignmentMethod {
    /** The agent who last interacted with the customer. */
    STICKY_AGENT,
    /** The highest Weight Sum score among the available agents. */
    WEIGHT_SUM,
    /** The agent who became available takes the oldest, most urgent waiting conversations. */
    BULK,
    /** Nobody could take it: the conversation waits unassigned. */
    NONE
}
