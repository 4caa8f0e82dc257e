package io.switchboard.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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

    @ElementCollection
    @CollectionTable(name = "assignment_candidate", joinColumns = @JoinColumn(name = "decision_id"))
    private List<AssignmentCandidate> candidates = new ArrayList<>();

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
        this.candidates.addAll(candidates);
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
        return Collections.unmodifiableList(candidates);
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
