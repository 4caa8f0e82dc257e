package io.switchboard.api.workflows;

import io.switchboard.api.routing.ConditionGroupRequest;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowDefinition;
import io.switchboard.workflows.WorkflowTrigger;
import java.util.ArrayList;
import java.util.List;

/** A workflow as a whole: {@code {"name","enabled","triggers":[...],"conditions":{...},"actions":[...]}}. */
public class WorkflowRequest {

    public String name;
    /** Left out: enabled on creation, unchanged on update. */
    public Boolean enabled;

    public List<TriggerRequest> triggers;
    /** Optional: the shared condition tree of routes. */
    public ConditionGroupRequest conditions;

    public List<ActionRequest> actions;

    WorkflowDefinition definition() {
        List<WorkflowTrigger> parsedTriggers = new ArrayList<>();
        for (int i = 0; triggers != null && i < triggers.size(); i++) {
            if (triggers.get(i) == null) {
                throw new InvalidInputException("triggers[" + i + "]", "must not be null");
            }
            parsedTriggers.add(triggers.get(i).toTrigger("triggers[" + i + "]"));
        }
        List<WorkflowAction> parsedActions = new ArrayList<>();
        for (int i = 0; actions != null && i < actions.size(); i++) {
            if (actions.get(i) == null) {
                throw new InvalidInputException("actions[" + i + "]", "must not be null");
            }
            parsedActions.add(actions.get(i).toAction("actions[" + i + "]"));
        }
        return new WorkflowDefinition(
                name, enabled, parsedTriggers, ConditionGroupRequest.toGroupOrNull(conditions), parsedActions);
    }
}
