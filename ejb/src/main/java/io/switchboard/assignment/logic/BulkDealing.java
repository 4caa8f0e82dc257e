package io.switchboard.assignment.logic;

import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.logic.AgentAvailability;
import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.assignment.logic.BulkAssignment.Waiting;
import io.switchboard.channels.ChannelGroup;
import java.util.ArrayList;
import java.util.Collection;
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
        // Each taker's standing per channel group, recomputed only for the one dealt to: a batch of 500 onto 500
        // agents compares 250,000 pairs, which must not each look up and recompute loads.
        Taker[] all = takers.toArray(Taker[]::new);
        Standing[] standing = new Standing[all.length];
        for (int i = 0; i < all.length; i++) {
            standing[i] = new Standing(all[i], all[i].load(), 0);
        }
        Map<Long, Long> deal = new LinkedHashMap<>();
        for (Waiting conversation : ordered) {
            Set<Long> notThem = excluded.getOrDefault(conversation.conversationId(), Set.of());
            int group = conversation.group().ordinal();
            int best = -1;
            for (int i = 0; i < all.length; i++) {
                Standing s = standing[i];
                if (s.takes[group]
                        && !notThem.contains(all[i].agentId())
                        && (best < 0 || s.lessLoadedThan(standing[best], group))) {
                    best = i;
                }
            }
            if (best >= 0) {
                Standing chosen = standing[best];
                deal.put(conversation.conversationId(), all[best].agentId());
                standing[best] = new Standing(all[best], chosen.load.plusOne(conversation.group()), chosen.dealt + 1);
            }
        }
        return deal;
    }

    /**
     * A taker's load as dealt so far, and what follows from it per channel group (by ordinal): whether they may take
     * one more, and their occupancy percentage.
     */
    private static final class Standing {
        final long agentId;
        final AgentLoad load;
        final int dealt;
        final double combined;
        final boolean[] takes = new boolean[GROUPS.length];
        final double[] percent = new double[GROUPS.length];

        Standing(Taker taker, AgentLoad load, int dealt) {
            this.agentId = taker.agentId();
            this.load = load;
            this.dealt = dealt;
            this.combined = load.combinedPercent();
            for (ChannelGroup g : GROUPS) {
                takes[g.ordinal()] = AgentAvailability.takesNew(g, taker.status(), taker.fullCapacity(), load);
                percent[g.ordinal()] = load.percent(g);
            }
        }

        // Least occupied in the conversation's group, then least combined workload, then fewest dealt, then lowest id.
        boolean lessLoadedThan(Standing other, int group) {
            int byGroup = Double.compare(percent[group], other.percent[group]);
            if (byGroup != 0) {
                return byGroup < 0;
            }
            int byCombined = Double.compare(combined, other.combined);
            if (byCombined != 0) {
                return byCombined < 0;
            }
            if (dealt != other.dealt) {
                return dealt < other.dealt;
            }
            return agentId < other.agentId;
        }
    }

    private static final ChannelGroup[] GROUPS = ChannelGroup.values();
}
