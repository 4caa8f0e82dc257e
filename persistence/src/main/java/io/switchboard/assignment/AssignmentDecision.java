package io.switchboard.assignment;

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
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The record of one automatic assignment decision: why, how, who won, and every candidate's values. Immutable. */
@Entity
@Table(name = "assignment_decision")
@NamedQuery(
        name = AssignmentDecision.OF_CONVERSATION,
        query = "select d from AssignmentDecision d"
                + " where d.conversationId = :conversationId order by d.decidedAt desc, d.id desc")
public class AssignmentDecision {

    public static final String OF_CONVERSATION = "AssignmentDecision.ofConversation";

    @Id
    @SequenceGenerator(name = "assignment_decision_seq", sequenceName = "assignment_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_decision_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Column(name = "queue_id", nullable = false, updatable = false)
    private long queueId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, updatable = false)
    private AssignmentTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssignmentMethod method;

    @Column(name = "agent_id", updatable = false)
    private Long agentId;

    @Column(name = "agent_name", updatable = false)
    private String agentName;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "candidate_count", nullable = false, updatable = false)
    private int candidateCount;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    /** The recorded candidates, a JSON array ({@link AssignmentCandidate#toJson}). */
    @Column(nullable = false, updatable = false, length = 8000)
    private String candidates;

    @Transient
    private List<AssignmentCandidate> candidatesRead;

    protected AssignmentDecision() {}

    public AssignmentDecision(
            long conversationId,
            long queueId,
            AssignmentTrigger trigger,
            AssignmentMethod method,
            Long agentId,
            String agentName,
            String reason,
            int candidateCount,
            List<AssignmentCandidate> candidates,
            Instant decidedAt) {
        this.conversationId = conversationId;
        this.queueId = queueId;
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.method = Objects.requireNonNull(method, "method");
        this.agentId = agentId;
        this.agentName = agentName;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.candidateCount = candidateCount;
        this.candidatesRead = List.copyOf(candidates);
        this.candidates = AssignmentCandidate.toJson(this.candidatesRead);
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getQueueId() {
        return queueId;
    }

    public AssignmentTrigger getTrigger() {
        return trigger;
    }

    public AssignmentMethod getMethod() {
        return method;
    }

    public Long getAgentId() {
        return agentId;
    }

    public String getAgentName() {
        return agentName;
    }

    public String getReason() {
        return reason;
    }

    public int getCandidateCount() {
        return candidateCount;
    }

    public List<AssignmentCandidate> getCandidates() {
        if (candidatesRead == null) {
            candidatesRead = AssignmentCandidate.fromJson(candidates);
        }
        return candidatesRead;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
