package io.switchboard.conversations;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Records what happens to a conversation besides its messages (status changes, bot handovers) and announces every
 * change as {@link ConversationChanged}, in the caller's transaction.
 */
@Stateless
public class ConversationHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ConversationChanged> changed;

    /** A message, transfer or assignment: nothing to record besides the change itself. */
    public void changed(Conversation conversation) {
        changed.fire(new ConversationChanged(conversation));
    }

    /** Changes the conversation's status and records the change. */
    public void changeStatus(Conversation conversation, ConversationStatus to, Instant at) {
        ConversationStatus from = conversation.getStatus();
        conversation.changeStatus(to, at);
        statusChanged(conversation, from, to, at);
    }

    /** Records Solved, reopening (Solved back to Open or Waiting) and Closed. */
    private void statusChanged(Conversation conversation, ConversationStatus from, ConversationStatus to, Instant at) {
        ConversationEvent.Kind kind = null;
        if (to == ConversationStatus.CLOSED && from != ConversationStatus.CLOSED) {
            kind = ConversationEvent.Kind.CLOSED;
        } else if (to == ConversationStatus.SOLVED && from != ConversationStatus.SOLVED) {
            kind = ConversationEvent.Kind.SOLVED;
        } else if (from == ConversationStatus.SOLVED && to != ConversationStatus.SOLVED) {
            kind = ConversationEvent.Kind.REOPENED;
        }
        if (kind != null) {
            em.persist(new ConversationEvent(conversation.getId(), kind, at));
        }
        changed(conversation);
    }

    /** A bot handed the conversation over to agents. */
    public void handedOver(Conversation conversation, Instant at) {
        em.persist(new ConversationEvent(conversation.getId(), ConversationEvent.Kind.BOT_HANDOVER, at));
        changed(conversation);
    }
}
