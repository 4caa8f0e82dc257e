package io.switchboard.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The SLA policy and severity a conversation runs under (none when no policy matched) and when it is next due. */
@Entity
@Table(name = "conversation_sla")
public class ConversationSla {

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "policy_id")
    private Long policyId;

    @Column(name = "severity_name")
    private String severityName;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Version
    private long version;

    protected ConversationSla() {}

    public ConversationSla(long conversationId, Instant evaluatedAt) {
        this.conversationId = conversationId;
        this.evaluatedAt = evaluatedAt;
    }

    /** Puts the conversation under a policy's severity, or under none. */
    public void runUnder(Long newPolicyId, String newSeverityName) {
        policyId = newPolicyId;
        severityName = newSeverityName;
    }

    public void evaluated(Instant at, Instant nextDue) {
        evaluatedAt = at;
        nextDueAt = nextDue == null ? null : nextDue;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public String getSeverityName() {
        return severityName;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }
}
