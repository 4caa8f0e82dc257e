package io.switchboard.conversations;

/** How urgent a conversation is, lowest first. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
