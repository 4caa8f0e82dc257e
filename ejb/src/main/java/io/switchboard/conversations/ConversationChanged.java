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
        /** The topic (email subject); {@code from} and {@code to}: the topic before and after. */
        TOPIC,
        NOTE,
        /** Another form was chosen for the conversation, by a person or by the forms' triggers. */
        FORM,
        /** The values of the conversation's form fields changed. */
        FORM_VALUES,
        /** A message went over another channel than the one before it: {@code from} and {@code to} channels. */
        CHANNEL,
        MERGE,
        /** Another customer (person) is linked to the conversation; {@code from} and {@code to}: the person ids. */
        CUSTOMER,
        HANDOVER,
        /** The customer answered a survey about it; {@code to}: the score (HAPPY, NOT_HAPPY). */
        SURVEY_ANSWERED
    }

    public Kind kind() {
        return change.kind();
    }
}
