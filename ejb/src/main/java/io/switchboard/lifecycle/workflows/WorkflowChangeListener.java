package io.switchboard.lifecycle.workflows;

import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.ConversationChanged;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Hears conversation changes for the workflows: in the change's transaction for the time-based triggers' clocks
 * (voice conversations have none), and once it committed for the event-based workflows, when the change is an event
 * of theirs. A plain CDI bean rather than observer methods on the session beans: Weld creates a new reference to a
 * stateless observer (a JNDI lookup) for each event it delivers.
 */
@ApplicationScoped
public class WorkflowChangeListener {

    @EJB
    WorkflowClocks clocks;

    @EJB
    WorkflowRunner runner;

    void changed(@Observes ConversationChanged change) {
        if (change.conversation().getChannel().group() != ChannelGroup.VOICE) {
            clocks.changed(change);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        if (WorkflowEvents.of(change).isPresent()) {
            runner.changed(change);
        }
    }
}
