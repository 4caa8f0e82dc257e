package io.switchboard.dashboard;

import java.io.Serializable;
import java.time.Instant;

/** One hour of the dashboard's charts (a class: Jakarta EL 5 cannot read records). */
public final class HourPoint implements Serializable {

    private final Instant start;
    private final int conversations;
    private final int messagesIn;
    private final long meanWaitSeconds;

    public HourPoint(Instant start, int conversations, int messagesIn, long meanWaitSeconds) {
        this.start = start;
        this.conversations = conversations;
        this.messagesIn = messagesIn;
        this.meanWaitSeconds = meanWaitSeconds;
    }

    public Instant getStart() {
        return start;
    }

    /** Conversations that started in the hour. */
    public int getConversations() {
        return conversations;
    }

    /** Customers' messages received in the hour. */
    public int getMessagesIn() {
        return messagesIn;
    }

    /** The mean wait for a first answer of the conversations that started in the hour (so far, if unanswered). */
    public long getMeanWaitSeconds() {
        return meanWaitSeconds;
    }
}
