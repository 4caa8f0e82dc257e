package io.switchboard.api.assignment;

import io.switchboard.assignment.AssignmentCandidate;
import io.switchboard.assignment.AssignmentDecision;
import io.switchboard.assignment.AssignmentMethod;
import io.switchboard.assignment.AssignmentTrigger;
import java.time.Instant;
import java.util.List;

/** An automatic assignment decision with each candidate's workload, unserved time and score. */
public record AssignmentDecisionView(
        long id,
        AssignmentTrigger trigger,
        AssignmentMethod method,
        Long agentId,
        String agentName,
        String reason,
        int candidateCount,
        List<CandidateView> candidates,
        Instant decidedAt) {

    /** One candidate. */
    public record CandidateView(
            long agentId, String agentName, double workload, long unservedSeconds, double score, boolean chosen) {
        static CandidateView of(AssignmentCandidate c) {
            return new CandidateView(
                    c.getAgentId(),
                    c.getAgentName(),
                    c.getWorkload(),
                    c.getUnservedSeconds(),
                    c.getScore(),
                    c.isChosen());
        }
    }

    public static AssignmentDecisionView of(AssignmentDecision d) {
        return new AssignmentDecisionView(
                d.getId(),
                d.getTrigger(),
                d.getMethod(),
                d.getAgentId(),
                d.getAgentName(),
                d.getReason(),
                d.getCandidateCount(),
                d.getCandidates().stream().map(CandidateView::of).toList(),
                d.getDecidedAt());
    }
}
