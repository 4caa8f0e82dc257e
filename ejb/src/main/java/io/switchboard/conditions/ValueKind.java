package io.switchboard.conditions;

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
    /** Queues, by id: the queues whose senders include the conversation's sender. */
    QUEUE_LIST;

    public boolean multiValued() {
        return this == TEXT_LIST || this == SENDER_LIST || this == TAG_LIST || this == QUEUE_LIST;
    }
}
