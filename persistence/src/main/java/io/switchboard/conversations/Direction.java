package io.switchboard.conversations;

/** Inbound: from the customer (or a conversation the customer started); outbound: from the business. */
public enum Direction {
    INBOUND,
    OUTBOUND
}
