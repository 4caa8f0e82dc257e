package io.switchboard.assignment.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.assignment.logic.WeightSumMethod.Candidate;
import io.switchboard.assignment.logic.WeightSumMethod.Scored;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClaimOrderTest {

    private static RandomGenerator answering(int index) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return index;
            }

            @Override
            public int nextInt(int bound) {
                return Math.min(index, bound - 1);
            }
        };
    }

    @Test
    @DisplayName("the Weight Sum winner is tried first, then the others best first, each once")
    void winnerFirstThenRanking() {
        List<Scored> ranked = WeightSumMethod.rank(
                List.of(new Candidate(1, 50, 60), new Candidate(2, 10, 60), new Candidate(3, 90, 60)));
        assertThat(ClaimOrder.tries(ranked, answering(0))).containsExactly(2L, 1L, 3L);
    }

    @Test
    @DisplayName("among equal best scores the random pick goes first and the other equals follow in ranking order")
    void randomPickAmongEqualsFirst() {
        List<Scored> ranked = WeightSumMethod.rank(List.of(
                new Candidate(1, 20, 60),
                new Candidate(2, 20, 60),
                new Candidate(3, 20, 60),
                new Candidate(4, 80, 60)));
        assertThat(ClaimOrder.tries(ranked, answering(2))).containsExactly(3L, 1L, 2L, 4L);
        assertThat(ClaimOrder.tries(ranked, answering(0))).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    @DisplayName("no candidates, nothing to try")
    void nothingToTry() {
        assertThat(ClaimOrder.tries(List.of(), answering(0))).isEmpty();
    }

    @Test
    @DisplayName("holding no agent, a decision may wait for every skipped one, in agent id order")
    void waitsForAllInIdOrderWhenHoldingNone() {
        assertThat(ClaimOrder.waitFor(List.of(7L, 3L, 5L), null)).containsExactly(3L, 5L, 7L);
        assertThat(ClaimOrder.notWaitedFor(List.of(7L, 3L, 5L), null)).isEmpty();
    }

    @Test
    @DisplayName("holding an agent, a decision waits only for agents above it (no cycle of waits); the others are"
            + " left to bulk assignment")
    void waitsOnlyAboveWhatItHolds() {
        assertThat(ClaimOrder.waitFor(List.of(7L, 3L, 5L), 5L)).containsExactly(7L);
        assertThat(ClaimOrder.notWaitedFor(List.of(7L, 3L, 5L), 5L)).containsExactly(3L, 5L);
    }
}
