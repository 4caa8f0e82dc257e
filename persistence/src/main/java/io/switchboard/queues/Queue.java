package io.switchboard.queues;

import io.switchboard.channels.Sender;
import io.switchboard.hours.WorkingHoursPeriod;
import io.switchboard.platform.Hints;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A bucket of conversations that agents pick work from. Invariants: the names of queues in use are unique; exactly
 * one queue, created by the schema, is the Default queue, which collects unrouted conversations and can be neither
 * deleted nor demoted; a deleted queue keeps its row for its conversations' history.
 */
@Entity
@Table(name = "queue")
// Queues are written only by their own edits: the message path's reads need no flush of its pending changes.
@NamedQuery(
        name = Queue.DEFAULT,
        query = "select q from Queue q where q.defaultQueue = true",
        hints = @QueryHint(name = Hints.FLUSH, value = "false"))
// Each sender's queues in use, for QueueService's "Sender queues" (kept per configuration revision).
@NamedQuery(
        name = Queue.SENDERS_IN_USE,
        query = "select s.id, q.id from Queue q join q.senders s where q.deletedAt is null")
@NamedQuery(
        name = Queue.ALL,
        query = "select q from Queue q where q.deletedAt is null" + " order by q.defaultQueue desc, q.name")
@NamedQuery(name = Queue.BY_NAME, query = "select q from Queue q where q.activeName = :name")
public class Queue {

    public static final String DEFAULT = "Queue.default";
    public static final String SENDERS_IN_USE = "Queue.sendersInUse";
    public static final String ALL = "Queue.all";
    public static final String BY_NAME = "Queue.byName";

    @Id
    @SequenceGenerator(name = "queue_seq", sequenceName = "queue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "queue_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "active_name")
    private String activeName;

    @Column(name = "is_default", nullable = false, updatable = false)
    private boolean defaultQueue;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "auto_assignment", nullable = false)
    // The guide turns automatic assignment on for every new queue.
    private AutoAssignment autoAssignment = AutoAssignment.ANY_AVAILABLE_AGENT;

    @Column(name = "notify_new_conversation", nullable = false)
    private boolean notifyNewConversation;

    @Column(name = "notify_new_message", nullable = false)
    private boolean notifyNewMessage;

    @ManyToMany
    @JoinTable(
            name = "queue_sender",
            joinColumns = @JoinColumn(name = "queue_id"),
            inverseJoinColumns = @JoinColumn(name = "sender_id"))
    private Set<Sender> senders = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_sender_id")
    private Sender defaultSender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "working_hours_period_id", nullable = false)
    private WorkingHoursPeriod workingHoursPeriod;

    // The same column, read with the row: intake asks its period's hours by id without loading the period.
    @Column(name = "working_hours_period_id", insertable = false, updatable = false)
    private Long workingHoursPeriodId;

    @Version
    private long version;

    protected Queue() {}

    public Queue(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.activeName = name;
        this.createdAt = createdAt;
    }

    public void rename(String newName) {
        requireNotDeleted();
        this.name = Objects.requireNonNull(newName, "newName");
        this.activeName = newName;
    }

    public void assignAutomatically(AutoAssignment mode) {
        requireNotDeleted();
        autoAssignment = Objects.requireNonNull(mode, "mode");
    }

    /** Sets when the queue's agents hear a sound: on a new conversation, on a new message in one of its conversations. */
    public void notifyAgents(boolean onNewConversation, boolean onNewMessage) {
        requireNotDeleted();
        notifyNewConversation = onNewConversation;
        notifyNewMessage = onNewMessage;
    }

    /**
     * Replaces the queue's senders and names the default one, which must be among them; without senders there is no
     * default, and with senders but no default named the first one keeps or takes the role.
     */
    public void talkFrom(Set<Sender> newSenders, Sender newDefault) {
        requireNotDeleted();
        if (newDefault != null && !newSenders.contains(newDefault)) {
            throw new IllegalArgumentException("the default sender must be one of the queue's senders");
        }
        senders.clear();
        senders.addAll(newSenders);
        if (newDefault != null) {
            defaultSender = newDefault;
        } else if (!senders.contains(defaultSender)) {
            defaultSender = senders.stream()
                    .min(Comparator.comparing(Sender::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                    .orElse(null);
        }
    }

    /** Takes a sender being deleted off the queue (also a deleted one); the first remaining one becomes default. */
    public void stopTalkingFrom(Sender sender) {
        senders.remove(sender);
        if (sender.equals(defaultSender)) {
            defaultSender =
                    senders.stream().min(Comparator.comparing(Sender::getId)).orElse(null);
        }
    }

    /** Sets when the queue works (and sends its away message outside those hours). */
    public void useWorkingHours(WorkingHoursPeriod period) {
        requireNotDeleted();
        workingHoursPeriod = Objects.requireNonNull(period, "period");
        workingHoursPeriodId = period.getId();
    }

    /** Deletes the queue, freeing its name; the Default queue cannot be deleted. */
    public void delete(Instant at) {
        if (defaultQueue) {
            throw new IllegalStateException("the Default queue cannot be deleted");
        }
        requireNotDeleted();
        deletedAt = at;
        activeName = null;
    }

    private void requireNotDeleted() {
        if (deletedAt != null) {
            throw new IllegalStateException("queue " + id + " is deleted");
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public AutoAssignment getAutoAssignment() {
        return autoAssignment;
    }

    public boolean isNotifyNewConversation() {
        return notifyNewConversation;
    }

    public boolean isNotifyNewMessage() {
        return notifyNewMessage;
    }

    public Set<Sender> getSenders() {
        return Collections.unmodifiableSet(senders);
    }

    public WorkingHoursPeriod getWorkingHoursPeriod() {
        return workingHoursPeriod;
    }

    /** The working-hours period's id, without loading the period. */
    public long getWorkingHoursPeriodId() {
        return workingHoursPeriodId;
    }

    public Sender getDefaultSender() {
        return defaultSender;
    }

    public boolean isDefaultQueue() {
        return defaultQueue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
