package io.switchboard.assignment.logic;

import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Bulk assignment to an agent who became available: waiting conversations by priority (highest first), then by
 * age (oldest first), given to the agent until their capacity is full.
 */
public final class BulkAssignment {

    /** An unassigned conversation waiting for an agent. */
    public record Waiting(long conversationId, Priority priority, Instant createdAt, ChannelGroup group) {}

    /** Highest priority first, then oldest, then lowest id. */
    public static final Comparator<Waiting> ORDER = Comparator.comparing(Waiting::priority)
            .reversed()
            .thenComparing(Waiting::createdAt)
            .thenComparingLong(Waiting::conversationId);

    private BulkAssignment() {}

    /** The conversations to give the agent, in order, as long as each one still fits their capacity. */
    public static List<Waiting> plan(Collection<Waiting> waiting, AgentLoad load) {
        List<Waiting> ordered = new ArrayList<>(waiting);
        ordered.sort(ORDER);
        List<Waiting> chosen = new ArrayList<>();
        AgentLoad current = load;
        for (Waiting conversation : ordered) {
            if (current.canTakeNew(conversation.group())) {
                chosen.add(conversation);
                current = current.plusOne(conversation.group());
            }
        }
        return chosen;
    }
}
