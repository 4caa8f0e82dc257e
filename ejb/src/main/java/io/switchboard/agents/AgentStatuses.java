package io.switchboard.agents;

import io.switchboard.platform.ConflictException;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The agent statuses an agent can be in: the default ones, which the engine also sets, and custom ones. */
@Stateless
public class AgentStatuses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<AgentStatus> statuses() {
        return em.createNamedQuery(AgentStatus.ALL, AgentStatus.class).getResultList();
    }

    public AgentStatus status(long id) {
        AgentStatus status = em.find(AgentStatus.class, id);
        if (status == null) {
            throw new UnknownEntityException("agent status", id);
        }
        return status;
    }

    public AgentStatus statusByCode(String code) {
        return em.createNamedQuery(AgentStatus.BY_CODE, AgentStatus.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    public AgentStatus createStatus(String name, AgentStatusGroup group) {
        requireFreeName(name, null);
        AgentStatus status = new AgentStatus(name, group, clock.instant());
        em.persist(status);
        em.flush();
        return status;
    }

    public AgentStatus changeStatus(long id, String name, AgentStatusGroup group) {
        AgentStatus status = status(id);
        if (status.isDefaultStatus()) {
            throw new ConflictException("default status '" + status.getName() + "' cannot be changed");
        }
        requireFreeName(name, status);
        status.change(name, group);
        return status;
    }

    /** Deletes a custom status nobody is in. */
    public void deleteStatus(long id) {
        AgentStatus status = status(id);
        if (status.isDefaultStatus()) {
            throw new ConflictException("default status '" + status.getName() + "' cannot be deleted");
        }
        long inUse = em.createQuery("select count(s) from AgentState s where s.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
        if (inUse > 0) {
            throw new ConflictException(
                    "status '" + status.getName() + "' is the status of " + inUse + " agent(s): change theirs first");
        }
        // Agents at Full capacity who would return to it return to Available instead.
        em.createQuery("select s from AgentState s where s.returnStatus = :status", AgentState.class)
                .setParameter("status", status)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(AgentState::forgetReturnStatus);
        em.remove(status);
    }

    private void requireFreeName(String name, AgentStatus self) {
        em.createNamedQuery(AgentStatus.BY_NAME, AgentStatus.class)
                .setParameter("name", name)
                .getResultStream()
                .filter(other -> !other.equals(self))
                .findFirst()
                .ifPresent(other -> {
                    throw ConflictException.onField("name", "a status named '" + name + "' exists");
                });
    }
}
