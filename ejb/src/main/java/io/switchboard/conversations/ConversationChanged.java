package io.switchboard.conversations;

/**
 * Something that SLA clocks, live views and workflows react to happened to a conversation: what changed ({@link
 * Change}) and the conversation as it is now. Fired only by {@link ConversationChanges}, synchronously, inside the
 * transaction of the change.
 */
public record ConversationChanged(Conversation conversation, Change change) {

    /** What kind of change, with its two ends where it has them (a status from and to, a message's channel). */
    public record Change(Kind kind, String from, String to) {

        public static Change of(Kind kind) {
            return new Change(kind, null, null);
        }
    }

    public enum Kind {
        MESSAGE_RECEIVED,
        /** {@code from}: the author kind (AGENT, BOT, AUTOMATED); {@code to}: the channel. */
        MESSAGE_SENT,
        STATUS,
        ASSIGNEE,
        QUEUE,
        PRIORITY,
        TAGS,
        METADATA,
        NOTE,
        /** The conversation's form was chosen or its values written. */
        FORM,
        MERGE,
        HANDOVER,
        /** The customer answered a survey about it; {@code to}: the score (HAPPY, NOT_HAPPY). */
        SURVEY_ANSWERED
    }

    public Kind kind() {
        return change.kind();
    }
}
