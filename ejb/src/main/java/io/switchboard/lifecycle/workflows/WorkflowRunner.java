package io.switchboard.lifecycle.workflows;

import io.switchboard.conversations.ConversationChanged;
import io.switchboard.platform.DomainException;
import io.switchboard.workflows.CompiledWorkflow;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowService;
import io.switchboard.workflows.WorkflowTrigger;
import io.switchboard.workflows.logic.TimedTriggers;
import io.switchboard.workflows.logic.WorkflowEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Runs the workflows after a conversation change committed (a workflow never delays or undoes the change that
 * triggered it). One pass runs the workflows whose triggers the event fires in the supervisors' order, all actions of
 * one before the next; the changes a pass makes are queued and run as passes of their own afterwards, one level deeper
 * in the chain, until the {@code LoopGuard} stops the chain or the conversation's rate. All on the thread that made
 * the change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkflowRunner {

    private record Pending(long conversationId, WorkflowEvent event) {}

    /** The events waiting for a pass while one runs on this thread, and the depth of the running pass. */
    private static final ThreadLocal<Deque<Pending>> QUEUED = new ThreadLocal<>();

    private static final ThreadLocal<Integer> DEPTH = new ThreadLocal<>();

    @EJB
    WorkflowService workflows;

    @EJB
    WorkflowSteps steps;

    /** After a change committed ({@link WorkflowChangeListener}). */
    public void changed(ConversationChanged change) {
        Optional<WorkflowEvent> event = WorkflowEvents.of(change);
        if (event.isEmpty()) {
            return;
        }
        long conversationId = change.conversation().getId();
        Deque<Pending> queued = QUEUED.get();
        if (queued != null) {
            queued.add(new Pending(conversationId, event.get().causedBy(DEPTH.get())));
            return;
        }
        if (!anyFires(event.get())) {
            return;
        }
        chain(new Pending(conversationId, event.get()), null);
    }

    /**
     * An armed time-based trigger is due: its workflow runs for the conversation (conditions, then actions), if it
     * is still enabled and still has that trigger; the changes it makes run the event-based workflows as any change
     * does. The trigger is not armed again until an update of the conversation arms it.
     */
    public void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) TimeTriggerDue due) {
        TimedTriggers.Trigger trigger = due.trigger();
        Optional<CompiledWorkflow> workflow = workflows.recentlyCompiled().stream()
                .filter(w -> w.id() == trigger.workflowId() && w.enabled())
                .filter(w -> w.triggers().contains(WorkflowTrigger.after(trigger.type(), trigger.after())))
                .findFirst();
        if (workflow.isEmpty()) {
            return;
        }
        chain(new Pending(due.conversationId(), WorkflowEvent.of(trigger.type())), workflow.get());
    }

    // Runs the first pass (only {@code only} when given), then the passes its changes queued, one level deeper each.
    private void chain(Pending first, CompiledWorkflow only) {
        Deque<Pending> queued = new ArrayDeque<>();
        QUEUED.set(queued);
        try {
            DEPTH.set(0);
            if (only == null) {
                pass(first.conversationId(), first.event());
            } else {
                run(first.conversationId(), only, first.event());
            }
            while (!queued.isEmpty()) {
                Pending next = queued.poll();
                DEPTH.set(next.event().depth());
                pass(next.conversationId(), next.event());
            }
        } finally {
            QUEUED.remove();
            DEPTH.remove();
        }
    }

    // Cheap for the inbound path when no workflow waits for this kind of event.
    private boolean anyFires(WorkflowEvent event) {
        return anyFires(workflows.recentlyCompiled(), event);
    }

    /** Whether any enabled one of these workflows has a trigger this event fires. */
    static boolean anyFires(List<CompiledWorkflow> workflows, WorkflowEvent event) {
        return workflows.stream()
                .anyMatch(w -> w.enabled() && w.triggers().stream().anyMatch(event::fires));
    }

    // One decision (one transaction, the facts read once) up to the next workflow that runs; after its actions the
    // next decision reads the conversation again, so a later workflow sees what an earlier one changed.
    private void pass(long conversationId, WorkflowEvent event) {
        List<CompiledWorkflow> ordered = workflows.recentlyCompiled();
        for (WorkflowSteps.Next next = steps.next(conversationId, ordered, 0, event);
                next.index() >= 0;
                next = steps.next(conversationId, ordered, next.index() + 1, event)) {
            if (next.start().verdict() == WorkflowSteps.Verdict.STOP) {
                return;
            }
            act(conversationId, ordered.get(next.index()), event, next.start());
        }
    }

    // One workflow alone (a time-based trigger fell due): its conditions, then its actions.
    private void run(long conversationId, CompiledWorkflow workflow, WorkflowEvent event) {
        WorkflowSteps.Start start = steps.start(conversationId, workflow, event);
        if (start.verdict() == WorkflowSteps.Verdict.RUN) {
            act(conversationId, workflow, event, start);
        }
    }

    private void act(long conversationId, CompiledWorkflow workflow, WorkflowEvent event, WorkflowSteps.Start start) {
        List<ActionOutcome> outcomes = new ArrayList<>();
        for (WorkflowAction action : workflow.actions()) {
            outcomes.add(apply(conversationId, workflow, action, start));
        }
        steps.record(conversationId, workflow, event, "RAN", null, outcomes);
    }

    private ActionOutcome apply(
            long conversationId, CompiledWorkflow workflow, WorkflowAction action, WorkflowSteps.Start start) {
        try {
            return steps.apply(conversationId, workflow.name(), action, start.values());
        } catch (DomainException e) {
            return ActionOutcome.failed(action.type().name(), e.getMessage());
        } catch (EJBException e) {
            return ActionOutcome.failed(action.type().name(), "could not be done: " + e.getMessage());
        }
    }
}
