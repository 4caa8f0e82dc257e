package io.switchboard.sla;

import io.switchboard.conversations.ConversationChanged;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Hears every conversation change for the SLA clocks, in the change's transaction. A plain CDI bean rather than an
 * observer method on the session bean: Weld creates a new reference to a stateless observer (a JNDI lookup) for each
 * event it delivers, and each message announces several changes.
 */
@ApplicationScoped
public class SlaChangeListener {

    @EJB
    SlaTracker tracker;

    @Inject
    SlaPolicyList policies;

    void changed(@Observes ConversationChanged change) {
        if (change.kind() == ConversationChanged.Kind.NOTE) { // a note is internal: no clock starts or stops
            return;
        }
        // With no policy at all an open conversation has no clock to run, and the tracker would read its SLA row for
        // nothing: a row an earlier policy left is ended by the re-evaluation that every edit of the list starts.
        if (!change.conversation().isClosed() && policies.isEmpty()) {
            return;
        }
        tracker.changed(change);
    }
}
