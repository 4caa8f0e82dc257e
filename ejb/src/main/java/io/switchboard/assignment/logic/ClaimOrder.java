package io.switchboard.assignment.logic;

import io.switchboard.assignment.logic.WeightSumMethod.Scored;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * In which order a decision tries to take agents it chose from a snapshot. A decision reads the candidates without
 * locks, ranks them, then takes the winner's row with a lock that skips rows another decision holds, and counts the
 * winner's occupancy again under it; on a held row or a winner that filled up meanwhile it tries the next one. Only
 * when every try was skipped does it wait, and then only for agents above every agent it already holds, in agent id
 * order: waits then never form a cycle, so concurrent decisions cannot deadlock.
 */
public final class ClaimOrder {

    private ClaimOrder() {}

    /**
     * The agents to try, best first: the picked one (at random among equal best scores, {@link WeightSumMethod#pick})
     * first, then the rest of the ranking in order.
     */
    public static List<Long> tries(List<Scored> ranked, RandomGenerator random) {
        List<Long> order = new ArrayList<>(ranked.size());
        WeightSumMethod.pick(ranked, random).ifPresent(picked -> order.add(picked.agentId()));
        for (Scored scored : ranked) {
            if (order.isEmpty() || order.get(0) != scored.agentId()) {
                order.add(scored.agentId());
            }
        }
        return order;
    }

    /**
     * Of the agents skipped because another decision held their row, the ones this decision may wait for: those
     * above the highest agent id it holds (none held: all), in agent id order.
     */
    public static List<Long> waitFor(Collection<Long> skipped, Long highestHeld) {
        return skipped.stream()
                .filter(id -> highestHeld == null || id > highestHeld)
                .sorted()
                .toList();
    }

    /**
     * The skipped agents this decision may not wait for (below an agent it holds). Their decisions may end with room
     * left: the caller asks bulk assignment to look at them once it commits, so no conversation waits behind them.
     */
    public static List<Long> notWaitedFor(Collection<Long> skipped, Long highestHeld) {
        return skipped.stream()
                .filter(id -> highestHeld != null && id <= highestHeld)
                .sorted()
                .toList();
    }
}
