package io.switchboard.bench;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;

/** Benchmark only: kind {@code bench} does nothing but record its lateness. */
final class BenchDeadlineHandler implements DeadlineHandler {

    static final String KIND = "bench";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(DueDeadline deadline) {
        BenchLateness.record(deadline.dueAt().toEpochMilli());
    }
}
