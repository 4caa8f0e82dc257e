package io.switchboard.assignment.logic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The Weight Sum Method that picks the agent for a conversation. Workload is non-beneficial (normalized
 * min ÷ value), unserved time is beneficial (normalized value ÷ max); each weighs 0.5 and the highest sum wins.
 * The ranking orders ties by lower workload, then longer unserved time, then lower agent id, so that it reads the same
 * every time; {@link #pick} chooses at random among the agents with the best score, as "any available agent" means
 * agents picked at random among the available ones (the scores say which are equally good).
 */
public final class WeightSumMethod {

    public static final double WORKLOAD_WEIGHT = 0.5;
    public static final double UNSERVED_TIME_WEIGHT = 0.5;

    /** Scores closer than this are equal (sums of quotients are not exact). */
    static final double SAME_SCORE = 1e-9;

    /** An available agent with the values the method scores: workload in percent, unserved time in seconds. */
    public record Candidate(long agentId, double workload, long unservedSeconds) {
        public Candidate {
            if (workload < 0 || Double.isNaN(workload)) {
                throw new IllegalArgumentException("workload must be a non-negative number: " + workload);
            }
            // A clock step back must not make an agent "owe" time.
            unservedSeconds = Math.max(0, unservedSeconds);
        }
    }

    /** A candidate with its score. */
    public record Scored(Candidate candidate, double score) {
        public long agentId() {
            return candidate.agentId();
        }
    }

    /** Best first. */
    public static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparingDouble(s -> s.candidate().workload())
            .thenComparing(Comparator.comparingLong((Scored s) -> s.candidate().unservedSeconds())
                    .reversed())
            .thenComparingLong(Scored::agentId);

    private WeightSumMethod() {}

    /** Every candidate with its score, best first. */
    public static List<Scored> rank(Collection<Candidate> candidates) {
        Normalization n = Normalization.of(candidates);
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            scored.add(new Scored(candidate, n.score(candidate)));
        }
        scored.sort(BEST_FIRST);
        return scored;
    }

    /** The winner, in one pass without sorting; empty without candidates. */
    public static Optional<Scored> best(Collection<Candidate> candidates) {
        Normalization n = Normalization.of(candidates);
        Scored best = null;
        for (Candidate candidate : candidates) {
            Scored scored = new Scored(candidate, n.score(candidate));
            if (best == null || BEST_FIRST.compare(scored, best) < 0) {
                best = scored;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The agent to assign from a ranking (best first): one picked at random among those whose score equals the best
     * one; empty without candidates. The random source is the caller's, so the choice is testable.
     */
    public static Optional<Scored> pick(List<Scored> ranked, RandomGenerator random) {
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        double best = ranked.get(0).score();
        int equals = 1;
        while (equals < ranked.size() && Math.abs(ranked.get(equals).score() - best) < SAME_SCORE) {
            equals++;
        }
        return Optional.of(ranked.get(equals == 1 ? 0 : random.nextInt(equals)));
    }

    private record Normalization(double minWorkload, long maxUnserved) {

        static Normalization of(Collection<Candidate> candidates) {
            double min = Double.POSITIVE_INFINITY;
            long max = 0;
            for (Candidate c : candidates) {
                min = Math.min(min, c.workload());
                max = Math.max(max, c.unservedSeconds());
            }
            return new Normalization(min, max);
        }

        double score(Candidate c) {
            // An idle agent (workload 0) is the best possible on workload; min ÷ 0 would be undefined.
            double workload = c.workload() == 0 ? 1 : minWorkload / c.workload();
            // When nobody has waited at all, unserved time does not tell the agents apart.
            double unserved = maxUnserved == 0 ? 1 : (double) c.unservedSeconds() / maxUnserved;
            return WORKLOAD_WEIGHT * workload + UNSERVED_TIME_WEIGHT * unserved;
        }
    }
}
