package io.switchboard.agents.logic;

import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.channels.ChannelGroup;

/**
 * What an agent's status lets them receive, and how their status follows their workload: which agents automatic
 * assignment may pick, which may be given a conversation directly, when Full capacity starts and ends, and whom the
 * inactivity sweep signs out.
 */
public final class AgentAvailability {

    /** How an agent's status follows a change of their workload. */
    public enum Move {
        /** To Full capacity, remembering the status to return to. */
        TO_FULL_CAPACITY,
        /** Back from Full capacity to the status the agent had. */
        BACK_UNDER_CAPACITY,
        STAY
    }

    private AgentAvailability() {}

    /**
     * Whether automatic assignment may give the agent a new conversation of the group: agents in an Available-group
     * status with room; an agent at Full capacity (on chats, in the Busy group) still takes calls, whose capacity is
     * separate, when their line is free.
     */
    public static boolean takesNew(ChannelGroup group, AgentStatusGroup status, boolean fullCapacity, AgentLoad load) {
        boolean statusAllows = status.takesNewConversations() || (fullCapacity && group.isCall());
        return statusAllows && load.canTakeNew(group);
    }

    /** Whether the status lets automatic assignment give the agent anything at all (a call at least). */
    public static boolean takesAnyNew(AgentStatusGroup status, boolean fullCapacity) {
        return status.takesNewConversations() || fullCapacity;
    }

    /**
     * Whether an agent in this status group may be given a conversation directly (assigned or transferred to them):
     * Busy and Away agents can, Unavailable ones cannot.
     */
    public static boolean takesDirectAssignment(AgentStatusGroup status) {
        return status.takesTransfers();
    }

    /**
     * After the agent's workload grew (an assignment of any kind): an agent in any Available-group status whose
     * combined workload reached 90% moves to Full capacity.
     */
    public static Move afterWorkloadRose(AgentStatusGroup status, boolean fullCapacity, AgentLoad load) {
        return !fullCapacity && status.takesNewConversations() && load.isFullCapacity()
                ? Move.TO_FULL_CAPACITY
                : Move.STAY;
    }

    /**
     * After the agent's workload dropped (or their capacity grew): an agent at Full capacity returns once their
     * workload is below their maximum capacity (100%), not merely below the 90% that sent them there.
     */
    public static Move afterWorkloadDropped(boolean fullCapacity, AgentLoad load) {
        return fullCapacity && load.isUnderCapacity() ? Move.BACK_UNDER_CAPACITY : Move.STAY;
    }

    /**
     * Whether the inactivity sweep signs the agent out: only agents shown as taking new work (an Available-group
     * status, or Full capacity that came from one). Busy, Away and custom statuses of those groups are the agent's
     * own word and stay, as they would after logging off.
     */
    public static boolean signedOutWhenInactive(AgentStatusGroup status, boolean fullCapacity) {
        return status.takesNewConversations() || fullCapacity;
    }
}
