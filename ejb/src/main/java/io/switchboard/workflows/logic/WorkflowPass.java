package io.switchboard.workflows.logic;

import io.switchboard.workflows.WorkflowTrigger;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which workflows an event runs, in the supervisors' order: the enabled ones with a trigger the event fires whose
 * conditions hold for the conversation now. All actions of the first run before the second is considered, so a
 * later workflow sees what an earlier one changed (the caller evaluates conditions lazily, in order).
 */
public final class WorkflowPass {

    private WorkflowPass() {}

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
