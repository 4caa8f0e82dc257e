package io.switchboard.conversations;

/** A change or a message was aimed at a closed conversation, which is final. */
public class ClosedConversationException extends RuntimeException {

    public ClosedConversationException(Long conversationId) {
        super("conversation " + conversationId + " is closed; closed conversations are final");
    }
}
