package io.switchboard.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One agent considered by an assignment decision, with the values it was scored on. */
@Embeddable
public class AssignmentCandidate {

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(name = "agent_name", nullable = false)
    private String agentName;

    @Column(nullable = false)
    private double workload;

    @Column(name = "unserved_seconds", nullable = false)
    private long unservedSeconds;

    @Column(nullable = false)
    private double score;

    @Column(nullable = false)
    private boolean chosen;

    protected AssignmentCandidate() {}

    public AssignmentCandidate(
            long agentId, String agentName, double workload, long unservedSeconds, double score, boolean chosen) {
        this.agentId = agentId;
        this.agentName = agentName;
        this.workload = workload;
        this.unservedSeconds = unservedSeconds;
        this.score = score;
        this.chosen = chosen;
    }

    public long getAgentId() {
        return agentId;
    }

    public String getAgentName() {
        return agentName;
    }

    public double getWorkload() {
        return workload;
    }

    public long getUnservedSeconds() {
        return unservedSeconds;
    }

    public double getScore() {
        return score;
    }

    public boolean isChosen() {
        return chosen;
    }
}
