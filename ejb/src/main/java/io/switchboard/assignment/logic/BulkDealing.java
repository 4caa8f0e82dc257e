package io.switchboard.assignment.logic;

import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.logic.AgentAvailability;
import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.assignment.logic.BulkAssignment.Waiting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A queue-level bulk run's deal: a batch of waiting conversations, most urgent and oldest first, each to the least
 * loaded agent who may take it (their occupancy percentage in the conversation's channel group, then their combined
 * workload, then fewest dealt in this batch, then lowest id). Dealing one at a time to the least loaded is round
 * robin for agents of equal capacity, so the spread of what they get stays within one; nobody goes above their
 * capacity, and an agent once assigned to a conversation is not dealt it again.
 */
public final class BulkDealing {

    /** An agent the run may give work to: their status group, whether at Full capacity, and their load now. */
    public record Taker(long agentId, AgentStatusGroup status, boolean fullCapacity, AgentLoad load) {}

    private BulkDealing() {}

    /**
     * Which agent gets which conversation (conversation id to agent id, in dealing order); a conversation no agent
     * may take is left out. {@code excluded} names, per conversation, the agents once assigned to it.
     */
    public static Map<Long, Long> deal(
            Collection<Waiting> batch, Map<Long, Set<Long>> excluded, Collection<Taker> takers) {
        List<Waiting> ordered = new ArrayList<>(batch);
        ordered.sort(BulkAssignment.ORDER);
        Map<Long, AgentLoad> loads = new HashMap<>();
        Map<Long, Integer> dealt = new HashMap<>();
        for (Taker taker : takers) {
            loads.put(taker.agentId(), taker.load());
            dealt.put(taker.agentId(), 0);
        }
        Map<Long, Long> deal = new LinkedHashMap<>();
        for (Waiting conversation : ordered) {
            Set<Long> notThem = excluded.getOrDefault(conversation.conversationId(), Set.of());
            Taker best = null;
            Comparator<Taker> lessLoaded = Comparator.<Taker>comparingDouble(
                            t -> loads.get(t.agentId()).percent(conversation.group()))
                    .thenComparingDouble(t -> loads.get(t.agentId()).combinedPercent())
                    .thenComparingInt(t -> dealt.get(t.agentId()))
                    .thenComparingLong(Taker::agentId);
            for (Taker taker : takers) {
                if (notThem.contains(taker.agentId())
                        || !AgentAvailability.takesNew(
                                conversation.group(),
                                taker.status(),
                                taker.fullCapacity(),
                                loads.get(taker.agentId()))) {
                    continue;
                }
                if (best == null || lessLoaded.compare(taker, best) < 0) {
                    best = taker;
                }
            }
            if (best != null) {
                deal.put(conversation.conversationId(), best.agentId());
                loads.merge(best.agentId(), loads.get(best.agentId()).plusOne(conversation.group()), (a, b) -> b);
                dealt.merge(best.agentId(), 1, Integer::sum);
            }
        }
        return deal;
    }
}
