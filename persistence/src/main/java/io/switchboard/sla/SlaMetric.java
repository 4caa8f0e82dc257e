package io.switchboard.sla;

/** The times a severity can promise. */
public enum SlaMetric {
    /** First customer message → first agent reply. */
    FIRST_RESPONSE,
    /** Each later customer message → the next agent reply. */
    NEXT_REPLY,
    /** Conversation start → Solved. */
    RESOLUTION
}
