package io.switchboard.agents;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Records agents' status periods ({@link AgentStatusPeriod}), which the Conversations report sums as time per status
 * group and occupancy. {@link AgentState#changeStatus} calls it for every status change; the callers hold the agent's
 * row lock, so one agent's periods never overlap.
 */
@Stateless
@LocalBean // injected by its class: implementing StatusHistory would otherwise hide the no-interface view
public class AgentStatusHistory implements StatusHistory {

    @PersistenceContext
    EntityManager em;

    @Override
    public void statusChanged(long agentId, AgentStatus status, Instant at) {
        boolean occupied = false;
        for (AgentStatusPeriod open : open(agentId)) {
            occupied = open.isOccupied();
            open.end(at);
        }
        // Whether work occupies the agent does not change with their status: the check each minute corrects it.
        em.persist(new AgentStatusPeriod(agentId, status, occupied, at));
    }

    /**
     * Whether anything occupies the agent now (checked each minute while they are signed in): a change ends the period
     * and starts one in the same status. The caller holds the agent's row lock.
     */
    public void occupancyIs(AgentState state, boolean occupied, Instant at) {
        List<AgentStatusPeriod> open = open(state.getAgentId());
        if (open.size() == 1 && open.get(0).isOccupied() == occupied) {
            return;
        }
        open.forEach(p -> p.end(at));
        em.persist(new AgentStatusPeriod(state.getAgentId(), state.getStatus(), occupied, at));
    }

    /** A deleted agent's period going on ends: the rollup stops counting their time. */
    public void agentDeleted(long agentId, Instant at) {
        open(agentId).forEach(p -> p.end(at));
    }

    /** The agents whose period going on is in a signed-in group (not Unavailable), with whether it is occupied. */
    public List<AgentStatusPeriod> openSignedIn() {
        return em.createNamedQuery(AgentStatusPeriod.OPEN_SIGNED_IN, AgentStatusPeriod.class)
                .getResultList();
    }

    private List<AgentStatusPeriod> open(long agentId) {
        return em.createNamedQuery(AgentStatusPeriod.OPEN, AgentStatusPeriod.class)
                .setParameter("agent", agentId)
                .getResultList();
    }
}
