package io.switchboard.assignment.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.assignment.logic.WeightSumMethod.Candidate;
import io.switchboard.assignment.logic.WeightSumMethod.Scored;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeightSumPickTest {

    // A random source that answers the given index (within the bound it is asked for).
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
    @DisplayName("\"agents are randomly picked out of all agents assigned to the queue\": equal scores, random pick")
    void picksAtRandomAmongEquallyGoodAgents() {
        List<Scored> ranked = WeightSumMethod.rank(
                List.of(new Candidate(3, 20, 60), new Candidate(1, 20, 60), new Candidate(2, 20, 60)));
        Set<Long> picked = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            picked.add(WeightSumMethod.pick(ranked, answering(i)).orElseThrow().agentId());
        }
        assertThat(picked).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void aBetterScoreWinsWhateverTheRandomSource() {
        List<Scored> ranked = WeightSumMethod.rank(
                List.of(new Candidate(1, 20, 10), new Candidate(2, 35, 200), new Candidate(3, 48, 300)));
        for (int i = 0; i < 3; i++) {
            assertThat(WeightSumMethod.pick(ranked, answering(i)).orElseThrow().agentId())
                    .isEqualTo(3);
        }
    }

    @Test
    void onlyTheEquallyBestAreDrawnFrom() {
        List<Scored> ranked = WeightSumMethod.rank(
                List.of(new Candidate(1, 0, 100), new Candidate(2, 0, 100), new Candidate(3, 50, 10)));
        assertThat(WeightSumMethod.pick(ranked, answering(5)).orElseThrow().agentId())
                .isIn(1L, 2L);
        assertThat(WeightSumMethod.pick(List.of(), answering(0))).isEmpty();
    }
}
