package io.switchboard.workflows;

import io.switchboard.conditions.ConditionGroup;
import java.util.List;

/** A workflow as a supervisor writes it; {@code conditions} may be null (the triggers alone decide). */
public record WorkflowDefinition(
        String name,
        Boolean enabled,
        List<WorkflowTrigger> triggers,
        ConditionGroup conditions,
        List<WorkflowAction> actions) {

    public WorkflowDefinition {
        triggers = triggers == null ? List.of() : triggers;
        actions = actions == null ? List.of() : actions;
    }
}
