package io.switchboard.api.workflows;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.workflows.Workflow;
import io.switchboard.workflows.WorkflowService;
import java.time.Instant;
import java.util.List;

/** A workflow as the API answers it; {@code position} is its 1-based place in the run order. */
public record WorkflowView(
        long id,
        String name,
        boolean enabled,
        int position,
        List<TriggerRequest> triggers,
        ConditionGroup conditions,
        List<ActionRequest> actions,
        Instant createdAt,
        Instant updatedAt) {

    static WorkflowView of(Workflow workflow, WorkflowService service) {
        return new WorkflowView(
                workflow.getId(),
                workflow.getName(),
                workflow.isEnabled(),
                workflow.getOrdinal(),
                service.triggers(workflow).stream().map(TriggerRequest::of).toList(),
                workflow.getConditions(),
                service.actions(workflow).stream().map(ActionRequest::of).toList(),
                workflow.getCreatedAt(),
                workflow.getUpdatedAt());
    }
}
