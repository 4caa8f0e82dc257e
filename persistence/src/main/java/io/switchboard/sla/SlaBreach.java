package io.switchboard.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A breached SLA clock, kept for reports after the conversation closes. Rows are recomputed (replaced) when the
 * conversation's policy or severity changes; one per clock (conversation, metric, start).
 */
@Entity
@Table(name = "sla_breach")
@NamedQuery(
        name = SlaBreach.OF_CONVERSATION,
        query = "select b from SlaBreach b" + " where b.conversationId = :conversationId order by b.dueAt, b.id")
public class SlaBreach {

    public static final String OF_CONVERSATION = "SlaBreach.ofConversation";

    @Id
    @SequenceGenerator(name = "sla_breach_seq", sequenceName = "sla_breach_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_breach_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SlaMetric metric;

    @Column(name = "clock_start", nullable = false, updatable = false)
    private Instant clockStart;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "breached_by_s", nullable = false)
    private long breachedBySeconds;

    @Column(name = "policy_name", nullable = false)
    private String policyName;

    @Column(name = "severity_name", nullable = false)
    private String severityName;

    @Column(name = "queue_id")
    private Long queueId;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "detected_at", nullable = false, updatable = false)
    private Instant detectedAt;

    protected SlaBreach() {}

    public SlaBreach(long conversationId, SlaMetric metric, Instant clockStart, Instant detectedAt) {
        this.conversationId = conversationId;
        this.metric = metric;
        this.clockStart = clockStart;
        this.detectedAt = detectedAt;
    }

    /** Brings the row up to date with the clock as last computed. */
    public void update(
            Instant due, Instant ended, Duration breachedBy, String policy, String severity, Long queue, Long agent) {
        dueAt = due;
        endedAt = ended == null ? null : ended;
        breachedBySeconds = breachedBy.toSeconds();
        policyName = policy;
        severityName = severity;
        queueId = queue;
        agentId = agent;
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public SlaMetric getMetric() {
        return metric;
    }

    public Instant getClockStart() {
        return clockStart;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Duration getBreachedBy() {
        return Duration.ofSeconds(breachedBySeconds);
    }

    public String getPolicyName() {
        return policyName;
    }

    public String getSeverityName() {
        return severityName;
    }

    public Long getQueueId() {
        return queueId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }
}
