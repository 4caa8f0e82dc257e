package io.switchboard.conversations;

/** Where a conversation stands. Closed is final. */
public enum ConversationStatus {
    OPEN,
    WAITING,
    SOLVED,
    CLOSED;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "OPEN|WAITING|SOLVED|CLOSED";
}
