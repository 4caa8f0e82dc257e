package io.switchboard.outbound;

/** Where an outbox entry stands: waiting for a (next) attempt, delivered, or given up (dead letter). */
public enum OutboxStatus {
    PENDING,
    DELIVERED,
    DEAD;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "PENDING|DELIVERED|DEAD";
}
