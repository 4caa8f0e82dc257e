package io.switchboard.lifecycle.workflows;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * An armed time-based trigger is due. The deadline's transaction only deletes it and announces {@link
 * TimeTriggerDue}; the workflow runs after that commit ({@link WorkflowRunner}, observer {@code AFTER_SUCCESS}), in
 * steps of its own, like a workflow started by an event.
 * <p>
 * At most once, also across a crash (kill -9) of the server: the run follows only the commit of {@code delete from
 * deadline where id = ? and claimed_by = ?} ({@code DeadlineRunner#run}), and a row is deleted once. A second
 * ticker cannot take the row while that delete holds its row lock (the claim reads {@code for update skip locked}),
 * and a claim whose lease lapsed and was taken over deletes nothing, so it runs nothing. A crash before that commit
 * rolls the delete back: the row's lease lapses ({@code switchboard.deadlines.lease-seconds}, 120 s) and the
 * trigger fires then, late but once, since nothing ran. A crash after that commit, before or during the workflow's
 * steps, loses the run (or the actions not yet done, and the run's record): the trigger does not fire again until an
 * update of the conversation arms it again. The workflow does not run inside the deletion's transaction because each
 * action commits on its own (a refused action fails alone, the ones before it stay done): a retry after a crash
 * would repeat the actions already done, so losing the rest of a run in that moment is the chosen side.
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
