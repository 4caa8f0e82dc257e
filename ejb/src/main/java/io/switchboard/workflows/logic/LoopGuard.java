package io.switchboard.workflows.logic;

/**
 * Keeps workflows that trigger each other from running forever. A workflow's effects raise events that may run later
 * workflows in the same pass; each such step is one level deeper in the chain that one outside event started, and a
 * chain stops at {@link #MAX_DEPTH}. Independently, a conversation runs at most {@link #MAX_RUNS_PER_MINUTE}
 * workflows in any minute (a breaker across events, e.g. two workflows that re-tag each other on every update). A
 * stop is recorded and shown to supervisors, never silent.
 */
public final class LoopGuard {

    /** Levels of workflow-caused events below the event that started the chain. */
    public static final int MAX_DEPTH = 5;

    public static final int MAX_RUNS_PER_MINUTE = 20;

    public enum Verdict {
        RUN("runs"),
        CHAIN_TOO_DEEP("stopped: workflows triggered each other " + MAX_DEPTH + " levels deep"),
        TOO_MANY_RUNS("stopped: " + MAX_RUNS_PER_MINUTE + " workflow runs on this conversation in the last minute");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private LoopGuard() {}

    /**
     * @param depth 0 for an event from outside the workflows (a customer, an agent, a timer), one more for each
     *     workflow step that caused it
     * @param runsInLastMinute workflow runs recorded for the conversation in the minute before now
     */
    public static Verdict verdict(int depth, int runsInLastMinute) {
        if (depth > MAX_DEPTH) {
            return Verdict.CHAIN_TOO_DEEP;
        }
        if (runsInLastMinute >= MAX_RUNS_PER_MINUTE) {
            return Verdict.TOO_MANY_RUNS;
        }
        return Verdict.RUN;
    }
}
