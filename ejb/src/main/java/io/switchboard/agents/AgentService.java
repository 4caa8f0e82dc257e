package io.switchboard.agents;

import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.users.Role;
import io.switchboard.users.User;
import io.switchboard.users.UserService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Agents: people who sign in to handle conversations, and bots. */
@Stateless
public class AgentService {

    @PersistenceContext
    EntityManager em;

    @EJB
    UserService users;

    @EJB
    QueueService queues;

    @EJB
    AgentPresence presence;

    @EJB
    AgentStatusHistory history;

    @Inject
    Clock clock;

    @Inject
    Event<AgentDisabled> disabled;

    /** A person: creates their user (role Agent) with the given password. */
    public Agent createHuman(
            String username, char[] password, String name, String title, String phone, List<Long> queueIds) {
        User user = users.create(username, password, name, EnumSet.of(Role.AGENT));
        Agent agent = Agent.human(user, name, clock.instant());
        return save(agent, title, phone, queueIds);
    }

    /** Whether a role makes its holder an agent: Agent, or Manager (who has every Agent permission). */
    public static boolean isAgentRole(Role role) {
        return role == Role.AGENT || role == Role.MANAGER;
    }

    /**
     * Makes the user's agent record follow the user: a user with the Agent or Manager role is an agent (the record is
     * created the first time, with the given details); the record is enabled while the user is enabled and holds
     * such a role. Returns the record, if there is one.
     */
    public Optional<Agent> follow(User user, String title, String phone, List<Long> queueIds) {
        boolean agentRole = user.getRoles().stream().anyMatch(AgentService::isAgentRole);
        Optional<Agent> existing = ofUser(user);
        if (existing.isEmpty()) {
            if (!agentRole) {
                return Optional.empty();
            }
            String name = user.getDisplayName() == null ? user.getUsername() : user.getDisplayName();
            existing = Optional.of(save(Agent.human(user, name, clock.instant()), title, phone, queueIds));
        }
        Agent agent = existing.get();
        if (user.getDisplayName() != null && !user.getDisplayName().equals(agent.getName())) {
            agent.describe(user.getDisplayName(), agent.getTitle(), agent.getPhone());
        }
        changeStatus(agent, user.isEnabled() && agentRole);
        return existing;
    }

    /** The agent record of a user, if they are (or were) an agent. */
    public Optional<Agent> ofUser(User user) {
        return em.createNamedQuery(Agent.BY_USER, Agent.class)
                .setParameter("username", user.getUsername())
                .getResultStream()
                .findFirst();
    }

    /** The agent a signed-in user is (by username), if any. */
    public Optional<Agent> ofUsername(String username) {
        return em.createNamedQuery(Agent.BY_USER, Agent.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * Whether the agent exists and is enabled: the one check for anything acting for an agent (an agent-bound API
     * key, a session) that a disabled agent must stop at once.
     */
    public boolean isEnabled(long agentId) {
        Agent agent = em.find(Agent.class, agentId);
        return agent != null && agent.isEnabled();
    }

    public Agent createBot(String name, List<Long> queueIds) {
        return save(Agent.bot(name, clock.instant()), null, null, queueIds);
    }

    private Agent save(Agent agent, String title, String phone, List<Long> queueIds) {
        agent.describe(agent.getName(), title, phone);
        agent.workIn(queuesOf(queueIds));
        em.persist(agent);
        em.flush();
        presence.startPresence(agent);
        return agent;
    }

    public Agent find(long id) {
        Agent agent = em.find(Agent.class, id);
        if (agent == null) {
            throw new UnknownEntityException("agent", id);
        }
        return agent;
    }

    /** Agents, optionally only the enabled (or disabled) ones. */
    public List<Agent> list(Boolean enabled) {
        List<Agent> all = em.createNamedQuery(Agent.ALL, Agent.class).getResultList();
        return enabled == null
                ? all
                : all.stream().filter(a -> a.isEnabled() == enabled).toList();
    }

    /**
     * Updates an agent. A person's user follows: their name, and their status (a disabled agent cannot sign in, and
     * their conversations go back to assignment, see {@link AgentDisabled}).
     */
    public Agent update(long id, String name, String title, String phone, boolean enabled, List<Long> queueIds) {
        Agent agent = find(id);
        agent.describe(name, title, phone);
        agent.workIn(queuesOf(queueIds));
        User user = agent.getUser();
        if (user == null) {
            changeStatus(agent, enabled);
        } else {
            users.change(user.getId(), name, user.getRoles(), enabled);
            follow(user, title, phone, queueIds);
        }
        return agent;
    }

    /**
     * Sets the agent's email address (the workflows' {@code {{agent.email}}}); null or blank removes it, a malformed
     * one is 400 naming {@code email}.
     */
    public Agent changeEmail(long id, String email) {
        Agent agent = find(id);
        agent.changeEmail(io.switchboard.agents.logic.AgentEmails.checked("email", email));
        return agent;
    }

    /** Enables or disables the record; disabling tells whoever must act at once (in this transaction). */
    private void changeStatus(Agent agent, boolean enabled) {
        if (enabled) {
            agent.enable();
        } else if (agent.isEnabled()) {
            agent.disable();
            em.flush();
            disabled.fire(new AgentDisabled(agent.getId()));
        }
    }

    /**
     * Deletes an agent who never had a conversation, with their user. Once conversations were assigned to an agent,
     * the agent is disabled instead (409): history and reports keep naming them. The row is locked first, so that no
     * conversation is assigned to them while they are checked and deleted.
     */
    public void delete(long id) {
        Agent agent = find(id);
        em.lock(agent, LockModeType.PESSIMISTIC_WRITE);
        long assigned = em.createQuery("select count(c) from Conversation c where c.assignee = :agent", Long.class)
                .setParameter("agent", agent)
                .getSingleResult();
        if (assigned > 0) {
            throw new ConflictException(
                    "agent " + agent.getName() + " has " + assigned + " conversation(s): disable the agent instead");
        }
        // An external bot is deleted as a bot (with its setup), never from under it.
        Number asBot = (Number) em.createNativeQuery("select count(*) from bot where id = ?")
                .setParameter(1, id)
                .getSingleResult();
        if (asBot.longValue() > 0) {
            throw new ConflictException("agent " + agent.getName() + " is an external bot: delete it under Bots");
        }
        // An active API key acting as the agent would lose its identity: its holder must be cut off first.
        long keys = em.createQuery(
                        "select count(k) from ApiKey k where k.agentId = :id and k.revokedAt is null", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (keys > 0) {
            throw new ConflictException("agent " + agent.getName() + " has " + keys
                    + " active API key(s) acting as them: revoke them first");
        }
        User user = agent.getUser();
        history.agentDeleted(id, clock.instant());
        em.remove(agent);
        if (user != null) {
            em.remove(user);
        }
        em.flush();
    }

    private Set<Queue> queuesOf(List<Long> queueIds) {
        Set<Queue> found = new HashSet<>();
        if (queueIds != null) {
            for (Long queueId : queueIds) {
                try {
                    found.add(queues.find(queueId));
                } catch (UnknownEntityException e) {
                    throw new InvalidInputException("queueIds", "queue " + queueId + " does not exist");
                }
            }
        }
        return found;
    }
}
