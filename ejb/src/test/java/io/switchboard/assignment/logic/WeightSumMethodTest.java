package io.switchboard.assignment.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.switchboard.assignment.logic.WeightSumMethod.Candidate;
import io.switchboard.assignment.logic.WeightSumMethod.Scored;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightSumMethodTest {

    private static final List<Candidate> GUIDE_TABLE =
            List.of(new Candidate(1, 20, 10), new Candidate(2, 35, 200), new Candidate(3, 48, 300));

    @Test
    void assignsToAgentWithHighestScoreInTheGuidesTable() {
        assertThat(WeightSumMethod.best(GUIDE_TABLE))
                .get()
                .extracting(Scored::agentId)
                .isEqualTo(3L);
    }

    @Test
    void scoresTheGuidesTableExactly() {
        List<Scored> ranked = WeightSumMethod.rank(GUIDE_TABLE);
        assertThat(ranked).extracting(Scored::agentId).containsExactly(3L, 2L, 1L);
        assertThat(ranked.get(0).score()).isCloseTo(0.708, within(0.0005));
        assertThat(ranked.get(1).score()).isCloseTo(0.619, within(0.0005));
        assertThat(ranked.get(2).score()).isCloseTo(0.517, within(0.0005));
        // 20/48 × 0.5 + 300/300 × 0.5, unrounded.
        assertThat(ranked.get(0).score()).isEqualTo(0.5 * 20 / 48 + 0.5);
    }

    @Test
    void bestAgreesWithRank() {
        assertThat(WeightSumMethod.best(GUIDE_TABLE).orElseThrow())
                .isEqualTo(WeightSumMethod.rank(GUIDE_TABLE).get(0));
    }

    @Test
    void noCandidatesNoWinner() {
        assertThat(WeightSumMethod.best(List.of())).isEmpty();
        assertThat(WeightSumMethod.rank(List.of())).isEmpty();
    }

    @Test
    void aSingleCandidateWinsWithFullScore() {
        assertThat(WeightSumMethod.best(List.of(new Candidate(9, 40, 60)))
                        .orElseThrow()
                        .score())
                .isEqualTo(1.0);
    }

    @Test
    void anIdleAgentIsBestOnWorkloadAndABusyOneScoresNothingForIt() {
        List<Scored> ranked = WeightSumMethod.rank(List.of(new Candidate(1, 0, 100), new Candidate(2, 50, 100)));
        assertThat(ranked.get(0).agentId()).isEqualTo(1);
        assertThat(ranked.get(0).score()).isEqualTo(1.0);
        assertThat(ranked.get(1).score()).isEqualTo(0.5);
    }

    @Test
    void everyAgentIdleScoresOneOnWorkload() {
        List<Scored> ranked = WeightSumMethod.rank(List.of(new Candidate(1, 0, 50), new Candidate(2, 0, 100)));
        assertThat(ranked).extracting(Scored::agentId).containsExactly(2L, 1L);
        assertThat(ranked.get(1).score()).isEqualTo(0.5 + 0.25);
    }

    @Test
    void nobodyWaitedAtAllLeavesTheWorkloadToDecide() {
        List<Scored> ranked = WeightSumMethod.rank(List.of(new Candidate(1, 40, 0), new Candidate(2, 20, 0)));
        assertThat(ranked).extracting(Scored::agentId).containsExactly(2L, 1L);
        assertThat(ranked.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void negativeUnservedTimeCountsAsNone() {
        assertThat(new Candidate(1, 10, -5).unservedSeconds()).isZero();
    }

    @Test
    void refusesNegativeOrUndefinedWorkload() {
        assertThatThrownBy(() -> new Candidate(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Candidate(1, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void breaksExactTiesByTheLowerAgentId() {
        List<Candidate> twins =
                List.of(new Candidate(7, 20, 100), new Candidate(3, 20, 100), new Candidate(5, 20, 100));
        assertThat(WeightSumMethod.best(twins).orElseThrow().agentId()).isEqualTo(3);
        assertThat(WeightSumMethod.rank(twins)).extracting(Scored::agentId).containsExactly(3L, 5L, 7L);
    }

    @Test
    void breaksEqualScoresByTheLowerWorkloadThenTheLongerWait() {
        // Both score 0.75: (1 + 0.5) / 2 and (0.5 + 1) / 2.
        List<Candidate> equal = List.of(new Candidate(1, 20, 50), new Candidate(2, 40, 100));
        assertThat(WeightSumMethod.rank(equal)).extracting(Scored::agentId).containsExactly(1L, 2L);
        assertThat(WeightSumMethod.BEST_FIRST.compare(
                        new Scored(new Candidate(1, 20, 50), 0.5), new Scored(new Candidate(2, 20, 60), 0.5)))
                .isPositive();
    }

    @Test
    void theOrderOfTheInputDoesNotChangeTheWinner() {
        List<Candidate> reversed = List.of(GUIDE_TABLE.get(2), GUIDE_TABLE.get(1), GUIDE_TABLE.get(0));
        assertThat(WeightSumMethod.best(reversed).orElseThrow().agentId()).isEqualTo(3);
    }
}
