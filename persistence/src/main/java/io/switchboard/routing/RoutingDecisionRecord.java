package io.switchboard.routing;

import io.switchboard.conversations.Conversation;
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
import java.time.Instant;
import java.util.List;

/**
 * One routing decision of a conversation, immutable: the route that matched (none: the Default queue), the queue and
 * priority given, and the routes that did not match with the condition that failed.
 */
@Entity
@Table(name = "routing_decision")
@NamedQuery(
        name = RoutingDecisionRecord.OF_CONVERSATION,
        query = "select d from RoutingDecisionRecord d"
                + " join fetch d.queue where d.conversation.id = :conversationId order by d.decidedAt, d.id")
public class RoutingDecisionRecord {

    public static final String OF_CONVERSATION = "RoutingDecisionRecord.ofConversation";

    @Id
    @SequenceGenerator(name = "routing_decision_seq", sequenceName = "routing_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_decision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id", nullable = false, updatable = false)
    private Conversation conversation;

    @Column(name = "route_id", updatable = false)
    private Long routeId;

    @Column(name = "route_name", updatable = false)
    private String routeName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "queue_id", nullable = false, updatable = false)
    private Queue queue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, updatable = false)
    private RoutingTrigger trigger;

    @Convert(converter = RouteMissesConverter.class)
    @Column(nullable = false, updatable = false)
    private List<RouteMiss> misses;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected RoutingDecisionRecord() {}

    public RoutingDecisionRecord(
            Conversation conversation,
            Long routeId,
            String routeName,
            Queue queue,
            Priority priority,
            RoutingTrigger trigger,
            List<RouteMiss> misses,
            Instant decidedAt) {
        this.conversation = conversation;
        this.routeId = routeId;
        this.routeName = routeName;
        this.queue = queue;
        this.priority = priority;
        this.trigger = trigger;
        this.misses = List.copyOf(misses);
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRouteId() {
        return routeId;
    }

    public String getRouteName() {
        return routeName;
    }

    public Queue getQueue() {
        return queue;
    }

    public Priority getPriority() {
        return priority;
    }

    public RoutingTrigger getTrigger() {
        return trigger;
    }

    /** The routes that did not match before the decision, with the condition that failed. */
    public List<RouteMiss> getMisses() {
        return misses;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
