package io.switchboard.workflows;

/**
 * What starts a workflow: a time that passed since a starting point of the conversation (time-based), or something
 * that happened to it (event-based). Several triggers of one workflow are alternatives.
 */
public enum TriggerType {
    CUSTOMER_REPLY_PENDING("The customer has not replied for", true),
    AGENT_REPLY_PENDING("No agent has replied for", true),
    SOLVED_UNMODIFIED_FOR("Solved and unchanged for", true),
    SOLVED_FOR("Solved for", true),
    WAITING_FOR("Waiting for", true),
    STATUS_CHANGED("Status changed", false),
    FORM_CHANGED("Form changed", false),
    QUEUE_CHANGED("Queue changed", false),
    TAG_CHANGED("Tags changed", false),
    CUSTOMER_CHANGED("Customer changed", false),
    CHANNEL_CHANGED("Channel changed", false),
    NOTE_CREATED("Note added", false),
    AGENT_MESSAGE_SENT("Agent message sent", false),
    INBOUND_MESSAGE_RECEIVED("Customer message received", false),
    SURVEY_FEEDBACK_RECEIVED("Survey answer received", false),
    FORM_FIELD_UPDATED("Form field updated", false);

    private final String label;
    private final boolean timeBased;

    TriggerType(String label, boolean timeBased) {
        this.label = label;
        this.timeBased = timeBased;
    }

    /** The words a supervisor reads in the editor and the run history. */
    public String label() {
        return label;
    }

    public boolean timeBased() {
        return timeBased;
    }

    /** The triggers that carry a message: only they offer the message's content, sender and email variables. */
    public boolean carriesMessage() {
        return this == AGENT_MESSAGE_SENT || this == INBOUND_MESSAGE_RECEIVED;
    }
}
