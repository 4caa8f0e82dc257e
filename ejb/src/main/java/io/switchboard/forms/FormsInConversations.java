package io.switchboard.forms;

import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationPart;
import io.switchboard.conversations.ConversationStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The form's say in a conversation's changes: mandatory fields block Solved and Closed, values follow a merge. */
@ApplicationScoped
public class FormsInConversations implements ConversationPart {

    @EJB
    ConversationFormService forms;

    @Override
    public void checkStatusChange(Conversation conversation, ConversationStatus to) {
        forms.checkStatusChange(conversation, to);
    }

    @Override
    public void merge(Conversation source, Conversation target, Instant at) {
        forms.merge(source, target, at);
    }
}
