package io.switchboard.lifecycle.workspace;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Priority;
import io.switchboard.sla.logic.SlaCountdown;
import java.io.Serializable;
import java.time.Instant;

/**
 * A conversation as an agent's inbox lists it: who, where, the latest message, whether the customer waits for an
 * answer, and the SLA countdown (a class: Jakarta EL 5 cannot read records).
 */
public final class WorkItem implements Serializable {

    private final long id;
    private final long displayId;
    private final String customerName;
    private final Channel channel;
    private final String queueName;
    private final ConversationStatus status;
    private final Priority priority;
    private final String preview;
    private final boolean unread;
    private final String slaText;
    private final String slaStyle;
    private final Long slaDueMillis;
    private final long slaTargetSeconds;
    private final Instant createdAt;

    WorkItem(
            long id,
            long displayId,
            String customerName,
            Channel channel,
            String queueName,
            ConversationStatus status,
            Priority priority,
            String preview,
            boolean unread,
            SlaCountdown sla,
            Instant createdAt) {
        this.id = id;
        this.displayId = displayId;
        this.customerName = customerName;
        this.channel = channel;
        this.queueName = queueName;
        this.status = status;
        this.priority = priority;
        this.preview = preview;
        this.unread = unread;
        this.slaText = sla.text();
        this.slaStyle = sla.styleClass();
        this.slaDueMillis = sla.dueMillis();
        this.slaTargetSeconds = sla.targetSeconds();
        this.createdAt = createdAt;
    }

    public long getId() {
        return id;
    }

    /** The id people see: the short ID with the Short ID setting on, otherwise the conversation's id. */
    public long getDisplayId() {
        return displayId;
    }

    /** First and last name as far as known; empty when the customer gave none. */
    public String getCustomerName() {
        return customerName;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getQueueName() {
        return queueName;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    /** The start of the latest message (masked where sensitive for this reader). */
    public String getPreview() {
        return preview;
    }

    /** The customer wrote something newer than what the agent has read (opened in the conversation view). */
    public boolean isUnread() {
        return unread;
    }

    /** "12m left", "breached by 5m", or empty without a running clock. */
    public String getSlaText() {
        return slaText;
    }

    /** sb-sla-ok, -amber, -red, -breached or -none. */
    public String getSlaStyle() {
        return slaStyle;
    }

    /** When the counting clock is due (epoch ms) for the page's own countdown; null when none counts. */
    public Long getSlaDueMillis() {
        return slaDueMillis;
    }

    /** The whole time the clock's policy gives, in seconds (0: unknown); the page's amber and red follow it. */
    public long getSlaTargetSeconds() {
        return slaTargetSeconds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
