package io.switchboard.assignment;

import io.switchboard.agents.AgentFreed;
import io.switchboard.hours.WorkingHoursStarted;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts bulk assignment once the transaction that caused it committed: earlier, the run would not see what that
 * transaction changed, and would wait on the locks it holds. For an agent who was freed, and for a queue whose
 * working hours started.
 */
@ApplicationScoped
public class AssignmentTriggers {

    @EJB
    AssignmentService assignment;

    void onAgentFreed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentFreed event) {
        assignment.bulkAssignAgent(event.agentId());
    }

    void onWorkingHoursStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkingHoursStarted event) {
        assignment.bulkAssignQueue(event.queueId());
    }
}
