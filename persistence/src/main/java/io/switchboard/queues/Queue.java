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
 * A bucket of conversations that agents pick work from. Invariants: names are unique; exactly one queue, created by
 * the schema, is the Default queue, which collects unrouted conversations and can be neither deleted nor demoted.
 */
@Entity
@Table(name = "queue")
@NamedQuery(name = Queue.DEFAULT, query = "select q from Queue q where q.defaultQueue = true")
@NamedQuery(name = Queue.ALL, query = "select q from Queue q order by q.defaultQueue desc, q.name")
@NamedQuery(name = Queue.BY_NAME, query = "select q from Queue q where q.name = :name")
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

    @Column(name = "is_default", nullable = false, updatable = false)
    private boolean defaultQueue;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Queue() {
    }

    public Queue(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName");
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
