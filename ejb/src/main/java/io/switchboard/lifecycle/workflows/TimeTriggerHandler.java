package io.switchboard.lifecycle.workflows;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * An armed time-based trigger is due. The deadline's transaction only deletes it and announces {@link
 * TimeTriggerDue}; the workflow runs after that commit ({@link WorkflowRunner}), in steps of its own, like a workflow
 * started by an event. So only the instance whose claim deleted the row runs it, once; a crash in the moment between
 * that commit and the run loses the run rather than repeating it.
 */
@ApplicationScoped
public class TimeTriggerHandler implements DeadlineHandler {

    @Inject
    Event<TimeTriggerDue> due;

    @Override
    public String kind() {
        return WorkflowClocks.KIND;
    }

    @Override
    public void handle(DueDeadline deadline) {
        WorkflowClocks.trigger(deadline.payload())
                .ifPresent(trigger -> due.fire(new TimeTriggerDue(deadline.subjectId(), trigger)));
    }
}
