package io.switchboard.conversations;

import io.switchboard.channels.Channel;
import java.io.Serializable;
import java.time.Instant;

/** A conversation as lists show it, with its queue's and customer's names (a class: Jakarta EL 5 cannot read records). */
public final class ConversationSummary implements Serializable {

    private final long id;
    private final long shortId;
    private final long displayId;
    private final ConversationStatus status;
    private final Priority priority;
    private final Channel channel;
    private final String queueName;
    private final String customerName;
    private final Instant createdAt;
    private final Instant updatedAt;

    /**
     * Reads the lazy queue and person: call it inside the transaction that loaded the conversation. {@code
     * shortIdEnabled} is the Short ID setting, which decides the id people see.
     */
    public ConversationSummary(Conversation conversation, boolean shortIdEnabled) {
        id = conversation.getId();
        shortId = conversation.getShortId();
        displayId = DisplayIds.of(conversation, shortIdEnabled);
        status = conversation.getStatus();
        priority = conversation.getPriority();
        channel = conversation.getChannel();
        queueName = conversation.getQueue().getName();
        customerName = conversation.getPerson().displayName();
        createdAt = conversation.getCreatedAt();
        updatedAt = conversation.getUpdatedAt();
    }

    public long getId() {
        return id;
    }

    public long getShortId() {
        return shortId;
    }

    /** The id people see: the short ID with the Short ID setting on, otherwise the conversation's id. */
    public long getDisplayId() {
        return displayId;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getQueueName() {
        return queueName;
    }

    /** First and last name as far as known; empty when the customer gave none. */
    public String getCustomerName() {
        return customerName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
