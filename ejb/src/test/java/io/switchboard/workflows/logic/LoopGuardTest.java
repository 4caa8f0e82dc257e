package io.switchboard.workflows.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.workflows.logic.LoopGuard.Verdict;
import org.junit.jupiter.api.Test;

class LoopGuardTest {

    @Test
    void aChainStopsBelowItsDepthLimit() {
        assertEquals(Verdict.RUN, LoopGuard.verdict(0, 0));
        assertEquals(Verdict.RUN, LoopGuard.verdict(LoopGuard.MAX_DEPTH, 0));
        assertEquals(Verdict.CHAIN_TOO_DEEP, LoopGuard.verdict(LoopGuard.MAX_DEPTH + 1, 0));
    }

    @Test
    void aConversationRunsAtMostTwentyWorkflowsAMinute() {
        assertEquals(Verdict.RUN, LoopGuard.verdict(0, LoopGuard.MAX_RUNS_PER_MINUTE - 1));
        assertEquals(Verdict.TOO_MANY_RUNS, LoopGuard.verdict(0, LoopGuard.MAX_RUNS_PER_MINUTE));
    }

    /** Two workflows that trigger each other: A tags, B untags, each on "tags changed". */
    @Test
    void twoWorkflowsThatTriggerEachOtherStop() {
        int depth = 0;
        int runs = 0;
        Verdict verdict;
        while ((verdict = LoopGuard.verdict(depth, runs)) == Verdict.RUN) {
            runs++;
            depth++;
        }
        assertEquals(Verdict.CHAIN_TOO_DEEP, verdict);
        assertEquals(LoopGuard.MAX_DEPTH + 1, runs);
    }
}
