package io.switchboard.lifecycle.workspace;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Priority;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One conversation as its screen shows it to one reader: the whole history with notes, the customer's context card
 * (masked for readers who see masks), tags, SLA clocks and the assignment decisions. Read in one transaction, so the
 * screen never touches a lazy entity.
 */
public final class ConversationDetail implements Serializable {

    /** Who wrote an entry of the history, so that screens can tell them apart. */
    public enum EntryKind {
        CUSTOMER,
        AGENT,
        BOT,
        AUTOMATED,
        NOTE
    }

    /** A label and a value (a card line, a metadata key). */
    public static final class Line implements Serializable {
        private final String label;
        private final String value;

        public Line(String label, String value) {
            this.label = label;
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }

    /** An attachment, a location or a link of a message. */
    public static final class Attached implements Serializable {
        private final String kind;
        private final String label;
        private final String url;

        Attached(String kind, String label, String url) {
            this.kind = kind;
            this.label = label;
            this.url = url;
        }

        /** IMAGE, FILE, LOCATION... as the gateway named it. */
        public String getKind() {
            return kind;
        }

        public String getLabel() {
            return label;
        }

        /** A link to open (http(s) only), or null. */
        public String getUrl() {
            return url;
        }
    }

    /** One message or note of the history. */
    public static final class Entry implements Serializable {
        private final EntryKind kind;
        private final String author;
        private final Channel channel;
        private final String subject;
        private final String text;
        private final List<Attached> attachments;
        private final Instant at;

        Entry(
                EntryKind kind,
                String author,
                Channel channel,
                String subject,
                String text,
                List<Attached> attachments,
                Instant at) {
            this.kind = kind;
            this.author = author;
            this.channel = channel;
            this.subject = subject;
            this.text = text;
            this.attachments = List.copyOf(attachments);
            this.at = at;
        }

        public EntryKind getKind() {
            return kind;
        }

        public String getAuthor() {
            return author;
        }

        public Channel getChannel() {
            return channel;
        }

        public String getSubject() {
            return subject;
        }

        public String getText() {
            return text;
        }

        public List<Attached> getAttachments() {
            return attachments;
        }

        public Instant getAt() {
            return at;
        }
    }

    /** One SLA clock: its metric, where it stands and the countdown. */
    public static final class Clock implements Serializable {
        private final String metric;
        private final String status;
        private final String countdown;
        private final String style;
        private final Long dueMillis;
        private final long targetSeconds;

        Clock(String metric, String status, String countdown, String style, Long dueMillis, long targetSeconds) {
            this.metric = metric;
            this.status = status;
            this.countdown = countdown;
            this.style = style;
            this.dueMillis = dueMillis;
            this.targetSeconds = targetSeconds;
        }

        /** Epoch ms the page counts down to while the clock runs; null otherwise. */
        public Long getDueMillis() {
            return dueMillis;
        }

        public long getTargetSeconds() {
            return targetSeconds;
        }

        public String getMetric() {
            return metric;
        }

        public String getStatus() {
            return status;
        }

        public String getCountdown() {
            return countdown;
        }

        public String getStyle() {
            return style;
        }
    }

    long id;
    long displayId;
    ConversationStatus status;
    Priority priority;
    Channel channel;
    long queueId;
    String queueName;
    Long assigneeId;
    String assigneeName;
    boolean assignedToReader;
    String customerName;
    String senderName;
    long senderId;
    Instant createdAt;
    List<String> tags;
    List<Entry> entries;
    List<Line> customer;
    List<String> contacts;
    String company;
    List<Line> metadata;
    String slaPolicy;
    String severity;
    List<String> severities;
    List<Clock> clocks;
    List<Line> decisions;
    List<Line> mergeCandidates;
    List<Line> routing;

    ConversationDetail() {}

    /** The routing decisions, as sentences. */
    public List<Line> getRouting() {
        return routing;
    }

    /** The customer's other open conversations to merge into this one: the id as label, a description as value. */
    public List<Line> getMergeCandidates() {
        return mergeCandidates;
    }

    public long getId() {
        return id;
    }

    public long getDisplayId() {
        return displayId;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public boolean isClosed() {
        return status == ConversationStatus.CLOSED;
    }

    public Priority getPriority() {
        return priority;
    }

    public Channel getChannel() {
        return channel;
    }

    public long getQueueId() {
        return queueId;
    }

    public String getQueueName() {
        return queueName;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    /** The assignee's name; null when unassigned. */
    public String getAssigneeName() {
        return assigneeName;
    }

    /** Assigned to the agent reading it. */
    public boolean isAssignedToReader() {
        return assignedToReader;
    }

    public String getCustomerName() {
        return customerName;
    }

    /** The business's address the conversation runs on. */
    /** The sender the conversation is on: replies go out from it. */
    public long getSenderId() {
        return senderId;
    }

    public String getSenderName() {
        return senderName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<String> getTags() {
        return tags;
    }

    /** Messages and notes, oldest first. */
    public List<Entry> getEntries() {
        return entries;
    }

    /** The customer's standard and custom attributes that have a value. */
    public List<Line> getCustomer() {
        return customer;
    }

    /** The customer's contacts as "SMS +385...". */
    public List<String> getContacts() {
        return contacts;
    }

    /** The customer's company; null when none. */
    public String getCompany() {
        return company;
    }

    /** The conversation metadata a bot or integration left, key by key. */
    public List<Line> getMetadata() {
        return metadata;
    }

    /** The SLA policy that applies; null when none. */
    public String getSlaPolicy() {
        return slaPolicy;
    }

    public String getSeverity() {
        return severity;
    }

    /** The severities of the policy, to choose from. */
    public List<String> getSeverities() {
        return severities;
    }

    public List<Clock> getClocks() {
        return clocks;
    }

    /** The automatic assignment decisions, newest first, as sentences. */
    public List<Line> getDecisions() {
        return decisions;
    }
}
