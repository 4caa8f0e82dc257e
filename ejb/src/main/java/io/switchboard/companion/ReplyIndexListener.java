package io.switchboard.companion;

import io.switchboard.conversations.ConversationChanged;
import io.switchboard.conversations.ConversationStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Hears a conversation becoming Solved or Closed, once the change committed, and has its replies indexed on another
 * thread (see {@code SlaChangeListener} for why a plain CDI bean listens).
 */
@ApplicationScoped
public class ReplyIndexListener {

    @EJB
    ReplyIndexing indexing;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        String to = change.change().to();
        if (change.kind() == ConversationChanged.Kind.STATUS
                && (ConversationStatus.SOLVED.name().equals(to)
                        || ConversationStatus.CLOSED.name().equals(to))
                && change.conversation().getId() != null) {
            indexing.index(change.conversation().getId());
        }
    }
}
