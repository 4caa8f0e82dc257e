package io.switchboard.workflows;

import io.switchboard.conditions.Facts;
import io.switchboard.conditions.Match;
import io.switchboard.conditions.RuleSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A stored workflow ready to run: its triggers and actions read back, and its conditions compiled once per revision
 * of the workflows (null: no conditions).
 */
public record CompiledWorkflow(
        long id,
        String name,
        boolean enabled,
        List<WorkflowTrigger> triggers,
        RuleSet<Long> conditions,
        List<WorkflowAction> actions) {

    /**
     * Why this workflow's conditions do not hold for these facts ("condition not met: …"); empty when they hold. A
     * workflow without conditions never asks for the facts.
     */
    public Optional<String> failedCondition(Supplier<Facts> facts) {
        if (conditions == null) {
            return Optional.empty();
        }
        Match<Long> match = conditions.first(facts.get(), 1);
        if (match.matched()) {
            return Optional.empty();
        }
        return Optional.of(
                match.misses().isEmpty()
                        ? "the conditions did not hold"
                        : "condition not met: " + match.misses().get(0).failed());
    }
}
