package io.switchboard.lifecycle.workflows;

import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.ConversationChanged;
import io.switchboard.workflows.CompiledWorkflow;
import io.switchboard.workflows.WorkflowCache;
import io.switchboard.workflows.logic.WorkflowEvent;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Hears conversation changes for the workflows: in the change's transaction for the time-based triggers' clocks
 * (voice conversations have none), and once it committed for the event-based workflows, when the change is an event
 * of theirs. A plain CDI bean rather than observer methods on the session beans: Weld creates a new reference to a
 * stateless observer (a JNDI lookup) for each event it delivers. When the workflows this instance read within the last
 * second have nothing for the change (no time-based trigger at all, no workflow for this event), it does not call
 * the session beans to find that out: each call cost more than the check, several times per message.
 */
@ApplicationScoped
public class WorkflowChangeListener {

    @EJB
    WorkflowClocks clocks;

    @EJB
    WorkflowRunner runner;

    @Inject
    WorkflowCache recent;

    void changed(@Observes ConversationChanged change) {
        if (change.conversation().getChannel().group() == ChannelGroup.VOICE) {
            return;
        }
        List<CompiledWorkflow> known = recent.recent(System.nanoTime());
        if (known == null || !WorkflowClocks.timeTriggers(known).isEmpty()) {
            clocks.changed(change);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        Optional<WorkflowEvent> event = WorkflowEvents.of(change);
        if (event.isEmpty()) {
            return;
        }
        List<CompiledWorkflow> known = recent.recent(System.nanoTime());
        if (known == null || WorkflowRunner.anyFires(known, event.get())) {
            runner.changed(change);
        }
    }
}
