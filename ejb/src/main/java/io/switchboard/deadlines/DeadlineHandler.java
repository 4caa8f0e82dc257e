package io.switchboard.deadlines;

/**
 * Runs the deadlines of one kind. A CDI bean implementing this is found by the {@link DeadlineTicker}; modules the
 * engine cannot see register theirs with {@link DeadlineTicker#register}.
 * <p>
 * {@link #handle} runs in the deadline's own transaction; returning commits it together with the deadline's
 * deletion, throwing rolls both back and the deadline is retried later. A crash after the handler's effects but
 * before the commit cannot happen (one transaction), but a handler may still run twice for one deadline (a lease that
 * ran out while a slow run was still going), so handlers must be idempotent: check the state they change first.
 */
public interface DeadlineHandler {

    /** The kind of deadline this handler runs, e.g. {@code working-hours.start}. */
    String kind();

    void handle(DueDeadline deadline);
}
