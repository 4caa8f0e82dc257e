package io.switchboard.agents;

/** The four groups every agent status belongs to; only the Available group receives new conversations. */
public enum AgentStatusGroup {
    AVAILABLE,
    BUSY,
    AWAY,
    UNAVAILABLE;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "AVAILABLE|BUSY|AWAY|UNAVAILABLE";

    /** Whether agents in this group may be given new conversations by automatic assignment. */
    public boolean takesNewConversations() {
        return this == AVAILABLE;
    }

    /** Whether agents in this group may receive conversations transferred to them. */
    public boolean takesTransfers() {
        return this != UNAVAILABLE;
    }
}
