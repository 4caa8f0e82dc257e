package io.switchboard.workflows;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One workflow's run on one conversation, kept for supervisors: which trigger started it, how deep in a chain of
 * workflows it was, whether it ran or was stopped (and why), and each action's outcome as a JSON array.
 */
@Entity
@Table(name = "workflow_run")
@NamedQuery(
        name = WorkflowRun.OF_CONVERSATION,
        query = "select r from WorkflowRun r where r.conversationId = :conversationId order by r.ranAt, r.id")
@NamedQuery(
        name = WorkflowRun.COUNT_SINCE,
        query = "select count(r) from WorkflowRun r where r.conversationId = :conversationId and r.ranAt > :since"
                + " and r.outcome = 'RAN'")
public class WorkflowRun {

    public static final String OF_CONVERSATION = "WorkflowRun.ofConversation";
    public static final String COUNT_SINCE = "WorkflowRun.countSince";

    @Id
    @SequenceGenerator(name = "workflow_run_seq", sequenceName = "workflow_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workflow_run_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    /** No foreign key: a run outlives its workflow; the name is kept as it was. */
    @Column(name = "workflow_id")
    private Long workflowId;

    @Column(name = "workflow_name", nullable = false)
    private String workflowName;

    @Column(name = "trigger_type", nullable = false)
    private String triggerType;

    @Column(nullable = false)
    private int depth;

    /** RAN or STOPPED. */
    @Column(nullable = false)
    private String outcome;

    private String reason;

    /** Each action's outcome, as a JSON array of {type, outcome, detail}. */
    @Column(nullable = false)
    private String actions;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    protected WorkflowRun() {}

    public WorkflowRun(
            long conversationId,
            Long workflowId,
            String workflowName,
            String triggerType,
            int depth,
            String outcome,
            String reason,
            String actions,
            Instant ranAt) {
        this.conversationId = conversationId;
        this.workflowId = workflowId;
        this.workflowName = workflowName;
        this.triggerType = triggerType;
        this.depth = depth;
        this.outcome = outcome;
        this.reason = reason;
        this.actions = actions;
        this.ranAt = ranAt;
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public Long getWorkflowId() {
        return workflowId;
    }

    public String getWorkflowName() {
        return workflowName;
    }

    public String getTriggerType() {
        return triggerType;
    }

    public int getDepth() {
        return depth;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getActions() {
        return actions;
    }

    public Instant getRanAt() {
        return ranAt;
    }
}
