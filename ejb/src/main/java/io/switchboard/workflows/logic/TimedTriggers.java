package io.switchboard.workflows.logic;

import io.switchboard.workflows.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a time-based trigger is due for a conversation: the starting point the guide names for each trigger, plus
 * the trigger's wait. A trigger fires once per starting point; an update that moves the starting point arms it again,
 * and an update that ends the condition (the customer replied, the status changed) disarms it.
 */
public final class TimedTriggers {

    /**
     * What the timers read of a conversation. {@code status}: OPEN, WAITING, SOLVED or CLOSED. {@code
     * customerRunStart}: the first customer message since the last agent message, null when an agent spoke last or
     * nobody wrote; {@code agentRunStart}: the first agent message since the last customer message, null when the
     * customer spoke last; {@code handedOverAt}: when a bot handed the conversation to agents (null if never);
     * {@code statusSince}: when the current status began; {@code lastUpdate}: the last change of any kind.
     */
    public record Timeline(
            String status,
            Instant customerRunStart,
            Instant agentRunStart,
            Instant handedOverAt,
            Instant statusSince,
            Instant lastUpdate) {}

    private TimedTriggers() {}

    /** The starting point the trigger counts from, or empty when the conversation does not qualify now. */
    public static Optional<Instant> start(TriggerType type, Timeline t) {
        if (t.status() == null || t.status().equals("CLOSED")) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                switch (type) {
                    // The first agent message of the run the customer has not answered.
                    case CUSTOMER_REPLY_PENDING -> t.agentRunStart();
                    // The first customer message of the unanswered run; for a bot's conversation, not before the
                    // hand-over (the bot's time does not count against the agents).
                    case AGENT_REPLY_PENDING ->
                        t.customerRunStart() == null ? null : latest(t.customerRunStart(), t.handedOverAt());
                    case SOLVED_FOR -> t.status().equals("SOLVED") ? t.statusSince() : null;
                    case SOLVED_UNMODIFIED_FOR ->
                        t.status().equals("SOLVED") ? latest(t.statusSince(), t.lastUpdate()) : null;
                    case WAITING_FOR -> t.status().equals("WAITING") ? t.statusSince() : null;
                    default -> throw new IllegalArgumentException(type + " is not time-based");
                });
    }

    /** When the trigger fires, or empty when it is not armed. */
    public static Optional<Instant> due(TriggerType type, Duration after, Timeline t) {
        return start(type, t).map(start -> start.plus(after));
    }

    /**
     * Whether a trigger armed from {@code armedStart} (null: never armed, or fired and not re-armed) should be armed
     * again for {@code newStart}: only a new starting point arms it, so a fired trigger stays quiet until the
     * conversation is updated in a way that restarts its clock.
     */
    public static boolean rearm(Instant firedOrArmedStart, Instant newStart) {
        return newStart != null && !newStart.equals(firedOrArmedStart);
    }

    private static Instant latest(Instant a, Instant b) {
        if (b == null) {
            return a;
        }
        return a == null || b.isAfter(a) ? b : a;
    }
}
