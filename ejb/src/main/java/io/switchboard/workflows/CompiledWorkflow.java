package io.switchboard.workflows;

import io.switchboard.conditions.RuleSet;
import java.util.List;

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
        List<WorkflowAction> actions) {}
