package io.switchboard.conversations.logic;

import java.time.Instant;

/**
 * The inbox's unread dot: a customer wrote something the agent has not seen yet. Seen means shown to them in the
 * conversation view (opened, or brought in live while it was open); the agent's own replies do not read for them.
 */
public final class Unread {

    private Unread() {}

    /**
     * @param lastCustomerMessageAt when the customer last wrote in the conversation, null if never
     * @param readUpTo the newest message the conversation view showed the agent, null if they never opened it
     */
    public static boolean of(Instant lastCustomerMessageAt, Instant readUpTo) {
        if (lastCustomerMessageAt == null) {
            return false;
        }
        return readUpTo == null || lastCustomerMessageAt.isAfter(readUpTo);
    }
}
