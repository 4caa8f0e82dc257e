package io.switchboard.assignment;

import io.switchboard.agents.AgentFreed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts bulk assignment for an agent once the transaction that freed them committed: earlier, the run would not
 * see the conversations that transaction unassigned, and would wait on the locks it holds.
 */
@ApplicationScoped
public class AssignmentTriggers {

    @EJB
    AssignmentService assignment;

    void onAgentFreed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentFreed event) {
        assignment.bulkAssignAgent(event.agentId());
    }
}
