package io.switchboard.routing;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.json.ConditionGroupConverter;
import io.switchboard.conversations.Priority;
import io.switchboard.queues.Queue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A routing rule: when its conditions hold for a new conversation, the conversation goes to its queue with its
 * priority. Invariants: routes are evaluated by ascending {@code ordinal}, which runs 1..n without gaps (the service
 * rewrites it under the route set lock); only enabled routes are evaluated; the conditions were checked before they
 * were stored.
 */
@Entity
@Table(name = "route")
@NamedQuery(name = Route.ALL, query = "select r from Route r join fetch r.queue order by r.ordinal, r.id")
@NamedQuery(name = Route.TO_QUEUE, query = "select r from Route r where r.queue.id = :queueId order by r.ordinal")
public class Route {

    public static final String ALL = "Route.all";
    public static final String TO_QUEUE = "Route.toQueue";

    @Id
    @SequenceGenerator(name = "route_seq", sequenceName = "route_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "route_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean enabled;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "queue_id", nullable = false)
    private Queue queue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    /** The condition tree, stored as JSON. */
    @Convert(converter = ConditionGroupConverter.class)
    @Column(nullable = false)
    private ConditionGroup conditions;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Route() {}

    public Route(
            String name,
            boolean enabled,
            Queue queue,
            Priority priority,
            ConditionGroup conditions,
            int ordinal,
            Instant at) {
        this.createdAt = at;
        this.enabled = enabled;
        this.ordinal = ordinal;
        change(name, queue, priority, conditions, at);
    }

    /** Replaces what the route matches and where it sends. */
    public void change(String newName, Queue newQueue, Priority newPriority, ConditionGroup newConditions, Instant at) {
        name = Objects.requireNonNull(newName, "name");
        queue = Objects.requireNonNull(newQueue, "queue");
        priority = Objects.requireNonNull(newPriority, "priority");
        conditions = Objects.requireNonNull(newConditions, "conditions");
        updatedAt = at;
    }

    public void enable(boolean newEnabled, Instant at) {
        enabled = newEnabled;
        updatedAt = at;
    }

    /** Sets the place in the evaluation order; only the service, renumbering all routes at once, calls this. */
    public void placeAt(int newOrdinal) {
        ordinal = newOrdinal;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Queue getQueue() {
        return queue;
    }

    public Priority getPriority() {
        return priority;
    }

    public ConditionGroup getConditions() {
        return conditions;
    }

    /** The 1-based place in the evaluation order. */
    public int getOrdinal() {
        return ordinal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
