package io.switchboard.queues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A bucket of conversations that agents pick work from. Invariants: the names of queues in use are unique; exactly
 * one queue, created by the schema, is the Default queue, which collects unrouted conversations and can be neither
 * deleted nor demoted; a deleted queue keeps its row for its conversations' history.
 */
@Entity
@Table(name = "queue")
@NamedQuery(name = Queue.DEFAULT, query = "select q from Queue q where q.defaultQueue = true")
@NamedQuery(name = Queue.ALL, query = "select q from Queue q where q.deletedAt is null"
        + " order by q.defaultQueue desc, q.name")
@NamedQuery(name = Queue.BY_NAME, query = "select q from Queue q where q.activeName = :name")
public class Queue {

    public static final String DEFAULT = "Queue.default";
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
    private OffsetDateTime createdAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Version
    private long version;

    protected Queue() {
    }

    public Queue(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.activeName = name;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    public void rename(String newName) {
        requireNotDeleted();
        this.name = Objects.requireNonNull(newName, "newName");
        this.activeName = newName;
    }

    /** Deletes the queue, freeing its name; the Default queue cannot be deleted. */
    public void delete(Instant at) {
        if (defaultQueue) {
            throw new IllegalStateException("the Default queue cannot be deleted");
        }
        requireNotDeleted();
        deletedAt = at.atOffset(ZoneOffset.UTC);
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

    public boolean isDefaultQueue() {
        return defaultQueue;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
