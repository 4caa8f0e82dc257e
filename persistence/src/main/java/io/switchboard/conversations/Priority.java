package io.switchboard.conversations;

/** How urgent a conversation is, lowest first. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "LOW|NORMAL|HIGH|URGENT";
}
