package io.switchboard.lifecycle;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.logic.Reach;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.users.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reach rule ({@link Reach}) at work: which reach a caller has, and one conversation looked up through it. The
 * API checks every {@code /conversations/{id}/...} request here and lists through {@link ConversationService#list}
 * with the same reach, so an agent acts on their own work only.
 */
@Stateless
public class ConversationReach {

    @PersistenceContext
    EntityManager em;

    @EJB
    QueueService queues;

    /**
     * The reach of a caller with these roles: {@code username} is a signed-in user's (null for an API key),
     * {@code boundAgentId} the agent an API key acts as (null when unbound); {@code writing} for a change, since an
     * Analytics Manager reads everything but changes nothing.
     */
    public Reach of(Set<Role> roles, String username, Long boundAgentId, boolean writing) {
        if (roles.contains(Role.MANAGER) || roles.contains(Role.ACCOUNT_MANAGER)) {
            return Reach.EVERYTHING;
        }
        if (!writing && roles.contains(Role.ANALYTICS_MANAGER)) {
            return Reach.EVERYTHING;
        }
        Optional<Agent> agent = boundAgentId != null
                ? Optional.ofNullable(em.find(Agent.class, boundAgentId))
                : username == null
                        ? Optional.empty()
                        : em.createNamedQuery(Agent.BY_USER, Agent.class)
                                .setParameter("username", username)
                                .getResultStream()
                                .findFirst();
        if (agent.isPresent() && agent.get().getKind() == AgentKind.BOT) {
            return Reach.bot(agent.get().getId());
        }
        if (!roles.contains(Role.AGENT)) {
            return Reach.NOTHING;
        }
        long defaultQueue = queues.defaultQueue().getId();
        return agent.map(a -> Reach.agent(
                        a.getId(), a.getQueues().stream().map(Queue::getId).collect(Collectors.toSet()), defaultQueue))
                .orElseGet(() -> Reach.agent(null, Set.of(), defaultQueue));
    }

    /** The conversation when it is within reach; out of reach it does not exist for the caller (404). */
    public Conversation reachable(long id, Reach reach) {
        Conversation conversation = em.find(Conversation.class, id);
        if (conversation == null || !reaches(conversation, reach)) {
            throw new UnknownEntityException("conversation", id);
        }
        return conversation;
    }

    /**
     * For a reply: a bot also reaches the conversations it held before, so that its reply after the hand-over is
     * refused as the guide says ("it will not be able to send any outbound messages": 409), not hidden (404).
     */
    public Conversation reachableForReply(long id, Reach reach) {
        Conversation conversation = em.find(Conversation.class, id);
        if (conversation != null
                && reach.kind() == Reach.Kind.BOT
                && conversation.getPastAssigneeIds().contains(reach.agentId())) {
            return conversation;
        }
        return reachable(id, reach);
    }

    static boolean reaches(Conversation conversation, Reach reach) {
        Agent assignee = conversation.getAssignee();
        return reach.reaches(
                assignee == null ? null : assignee.getId(),
                conversation.getQueue().getId());
    }
}
