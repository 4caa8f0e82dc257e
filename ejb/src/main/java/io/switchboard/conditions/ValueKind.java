package io.switchboard.conditions;

import java.util.List;

/**
 * What an attribute holds, which decides how its condition values are read and compared and which input the admin
 * offers. The {@code _LIST} kinds hold several values: a positive operator holds when any of them matches.
 */
public enum ValueKind {
    /** Free text, compared ignoring case. */
    TEXT,
    TEXT_LIST,
    /** An ISO date (2026-11-24), compared as a date. */
    DATE,
    /** A decimal number, compared by value (1.0 is 1). */
    NUMBER,
    BOOLEAN,
    /** A channel name (SMS, EMAIL...). */
    CHANNEL,
    /** MALE or FEMALE. */
    GENDER,
    /** A sender, by id. */
    SENDER,
    SENDER_LIST,
    /** Conversation tags, by name. */
    TAG_LIST,
    /** Queues, by id: the queues whose senders include the conversation's sender, or the conversation's queue. */
    QUEUE_LIST,
    /** Forms, by id. */
    FORM_LIST,
    /** The channels a conversation's messages went over, by name, and MULTICHANNEL when there are two or more. */
    CHANNEL_LIST,
    /** INBOUND or OUTBOUND. */
    DIRECTION("INBOUND", "OUTBOUND"),
    /** A conversation status workflows act on. */
    STATUS("OPEN", "WAITING", "SOLVED"),
    /** Whether an agent is assigned. */
    ASSIGNMENT("ASSIGNED", "UNASSIGNED"),
    /** The group of the assigned agent's status. */
    AGENT_STATUS("AVAILABLE", "BUSY", "AWAY", "UNAVAILABLE"),
    /** The conversation's sentiment label (the guide's bands of its weighted score). */
    SENTIMENT("NEGATIVE", "NEUTRAL", "POSITIVE");

    private final List<String> choices;

    ValueKind(String... choices) {
        this.choices = List.of(choices);
    }

    /** The names a value of a choice kind may take (upper case); empty for the other kinds. */
    public List<String> choices() {
        return choices;
    }

    public boolean multiValued() {
        return this == TEXT_LIST
                || this == SENDER_LIST
                || this == TAG_LIST
                || this == QUEUE_LIST
                || this == FORM_LIST
                || this == CHANNEL_LIST;
    }
}
