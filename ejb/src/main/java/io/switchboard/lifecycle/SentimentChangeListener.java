package io.switchboard.lifecycle;

import io.switchboard.conversations.ConversationChanged;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hears a customer's message once it committed, for its sentiment score (see {@code SlaChangeListener} for why a
 * plain CDI bean listens).
 */
@ApplicationScoped
public class SentimentChangeListener {

    @EJB
    SentimentScoring scoring;

    @Inject
    SettingsService settings;

    void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        if (change.kind() == ConversationChanged.Kind.MESSAGE_RECEIVED
                && change.conversation().getId() != null
                // Scoring switched off (the default): no session-bean call per message to find that out.
                && settings.sentimentEnabled()) {
            scoring.received(change.conversation().getId());
        }
    }
}
