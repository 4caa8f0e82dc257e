package io.switchboard.lifecycle;

import io.switchboard.conversations.ConversationChanged;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Hears a customer's message once it committed, for its sentiment score (see {@code SlaChangeListener} for why a
 * plain CDI bean listens).
 */
@ApplicationScoped
public class SentimentChangeListener {

    @EJB
    SentimentScoring scoring;

    void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        if (change.kind() == ConversationChanged.Kind.MESSAGE_RECEIVED
                && change.conversation().getId() != null) {
            scoring.received(change.conversation().getId());
        }
    }
}
