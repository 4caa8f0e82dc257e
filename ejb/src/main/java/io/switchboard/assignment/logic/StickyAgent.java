package io.switchboard.assignment.logic;

import io.switchboard.queues.AutoAssignment;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/** The sticky agent: the agent who last interacted with the customer within the queue's period. */
public final class StickyAgent {

    /** An agent's last interaction with the customer (the time of their latest conversation with them). */
    public record Interaction(long agentId, Instant at) {}

    private StickyAgent() {}

    /** Whether the mode assigns at all. */
    public static boolean assigns(AutoAssignment mode) {
        return mode != AutoAssignment.OFF;
    }

    /** The earliest interaction that counts for the mode; empty when the mode has no sticky agent. */
    public static Optional<Instant> since(AutoAssignment mode, Instant now) {
        return switch (mode) {
            case OFF, ANY_AVAILABLE_AGENT -> Optional.empty();
            case LAST_AGENT_30_DAYS ->
                Optional.of(now.atOffset(ZoneOffset.UTC).minusDays(30).toInstant());
            case LAST_AGENT_60_DAYS ->
                Optional.of(now.atOffset(ZoneOffset.UTC).minusDays(60).toInstant());
            case LAST_AGENT_1_YEAR ->
                Optional.of(now.atOffset(ZoneOffset.UTC).minusYears(1).toInstant());
            case LAST_AGENT_EVER -> Optional.of(Instant.MIN);
        };
    }

    /**
     * The agent who last interacted with the customer, if that was within the period and they can take the
     * conversation now; otherwise empty, and the Weight Sum Method decides.
     */
    public static Optional<Long> choose(
            AutoAssignment mode, Instant now, Collection<Interaction> interactions, Set<Long> eligible) {
        Optional<Instant> since = since(mode, now);
        if (since.isEmpty()) {
            return Optional.empty();
        }
        return interactions.stream()
                .filter(i -> !i.at().isBefore(since.get()))
                .max(Comparator.comparing(Interaction::at).thenComparing(Interaction::agentId))
                .map(Interaction::agentId)
                .filter(eligible::contains);
    }
}
