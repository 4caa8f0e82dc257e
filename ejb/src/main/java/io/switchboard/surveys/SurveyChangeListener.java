package io.switchboard.surveys;

import io.switchboard.conversations.ConversationChanged;
import io.switchboard.conversations.ConversationStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Hears a conversation becoming Solved, in the change's transaction, for its survey; every other change passes here
 * without a call to the session bean (see {@code SlaChangeListener} for why a plain CDI bean listens).
 */
@ApplicationScoped
public class SurveyChangeListener {

    @EJB
    SurveyService surveys;

    void changed(@Observes ConversationChanged change) {
        ConversationChanged.Change what = change.change();
        if (change.kind() == ConversationChanged.Kind.STATUS
                && ConversationStatus.SOLVED.name().equals(what.to())
                && !ConversationStatus.SOLVED.name().equals(what.from())) {
            surveys.solved(change.conversation());
        }
    }
}
