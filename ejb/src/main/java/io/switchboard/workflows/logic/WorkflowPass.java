package io.switchboard.workflows.logic;

import io.switchboard.workflows.WorkflowTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Which workflows an event runs, in the supervisors' order: the enabled ones with a trigger the event fires whose
 * conditions hold for the conversation now. All actions of the first run before the second is considered, so a
 * later workflow sees what an earlier one changed (the caller evaluates conditions lazily, in order).
 */
public final class WorkflowPass {

    /** A workflow the event fired whose conditions did not hold, and the condition that failed. */
    public record Skipped<W>(W workflow, String reason) {}

    /**
     * The next workflow the event runs ({@code next}, an index into the list, or -1 when none) and, in order, the
     * workflows before it that the event fired but whose conditions failed.
     */
    public record Decision<W>(int next, List<Skipped<W>> skipped) {

        public Decision {
            skipped = List.copyOf(skipped);
        }
    }

    private WorkflowPass() {}

    /**
     * Decides the next workflow this event runs from {@code from} on, and records on the way the fired workflows whose
     * conditions failed. {@code failedCondition} names the condition that failed (empty: they hold); the caller reads
     * the conversation's facts for it once per decision (see {@link #once}), not once per workflow, because nothing
     * changes the conversation until the workflow decided here has run its actions.
     */
    public static <W> Decision<W> decide(
            List<W> ordered,
            int from,
            WorkflowEvent event,
            Function<W, List<WorkflowTrigger>> triggers,
            Predicate<W> enabled,
            Function<W, Optional<String>> failedCondition) {
        List<Skipped<W>> skipped = new ArrayList<>();
        for (int i = next(ordered, from, event, triggers, enabled, w -> true);
                i >= 0;
                i = next(ordered, i + 1, event, triggers, enabled, w -> true)) {
            W workflow = ordered.get(i);
            Optional<String> failed = failedCondition.apply(workflow);
            if (failed.isEmpty()) {
                return new Decision<>(i, skipped);
            }
            skipped.add(new Skipped<>(workflow, failed.get()));
        }
        return new Decision<>(-1, skipped);
    }

    /** {@code read} called at most once, on first use: the facts of one decision, read only if a condition needs them. */
    public static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;
            private boolean known;

            @Override
            public T get() {
                if (!known) {
                    value = read.get();
                    known = true;
                }
                return value;
            }
        };
    }

    /** The first workflow after {@code from} (an index into {@code ordered}) that this event runs, or -1. */
    public static <W> int next(
            List<W> ordered,
            int from,
            WorkflowEvent event,
            Function<W, List<WorkflowTrigger>> triggers,
            Predicate<W> enabled,
            Predicate<W> conditionsHold) {
        for (int i = Math.max(0, from); i < ordered.size(); i++) {
            W workflow = ordered.get(i);
            if (enabled.test(workflow)
                    && triggers.apply(workflow).stream().anyMatch(event::fires)
                    && conditionsHold.test(workflow)) {
                return i;
            }
        }
        return -1;
    }
}
