package io.switchboard.conversations;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentKind;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.logic.SlaStanding;
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
    private final Long assigneeId;
    private final String assigneeName;
    private final boolean assignedToBot;
    private final Instant slaDueAt;
    private final boolean slaBreached;

    /**
     * Reads the lazy queue and person: call it inside the transaction that loaded the conversation. {@code
     * shortIdEnabled} is the Short ID setting, which decides the id people see.
     */
    public ConversationSummary(Conversation conversation, boolean shortIdEnabled) {
        this(conversation, shortIdEnabled, null, false);
    }

    /**
     * With the SLA: {@code slaDueAt} the next due time of its running clocks (null without one), {@code slaBreached}
     * whether a clock breached. Reads the lazy assignee too.
     */
    public ConversationSummary(
            Conversation conversation, boolean shortIdEnabled, Instant slaDueAt, boolean slaBreached) {
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
        Agent assignee = conversation.getAssignee();
        assigneeId = assignee == null ? null : assignee.getId();
        assigneeName = assignee == null ? null : assignee.getName();
        assignedToBot = assignee != null && assignee.getKind() == AgentKind.BOT;
        this.slaDueAt = slaDueAt;
        this.slaBreached = slaBreached;
    }

    /** The assignee's id, null when unassigned. */
    public Long getAssigneeId() {
        return assigneeId;
    }

    /** The assignee's name (agent or bot), null when unassigned. */
    public String getAssigneeName() {
        return assigneeName;
    }

    public boolean isAssignedToBot() {
        return assignedToBot;
    }

    /** The next due time of its running SLA clocks; null without one. */
    public Instant getSlaDueAt() {
        return slaDueAt;
    }

    public boolean isSlaBreached() {
        return slaBreached;
    }

    /** Where it stands against its SLA at {@code now}. */
    public SlaStanding slaStanding(Instant now) {
        return SlaStanding.of(slaDueAt, slaBreached, now);
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
