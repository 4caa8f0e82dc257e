package io.switchboard.lifecycle;

import io.switchboard.agents.AgentDisabled;
import io.switchboard.agents.AgentPresence;
import io.switchboard.assignment.AssignmentTrigger;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.ConversationStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * A disabled agent "will not be able to handle conversations": in the transaction that disabled them, each of their
 * open conversations is unassigned and enters its queue again ({@link QueueEntry}), so automatic assignment picks
 * another agent, or the conversation waits like any unassigned one.
 */
@Stateless
public class DisabledAgents {

    @PersistenceContext
    EntityManager em;

    @EJB
    ConversationChanges changes;

    @Inject
    QueueEntry queueEntry;

    @Inject
    Clock clock;

    @EJB
    AgentPresence presence;

    // Synchronous: the disabling transaction is the one that hands the conversations back.
    public void onDisabled(@Observes AgentDisabled event) {
        // A disabled agent is signed out: Offline, recorded in their status history.
        presence.signOut(event.agentId());
        var ids = em.createQuery(
                        "select c.id from Conversation c where c.assignee.id = :agent and c.status <> :closed"
                                + " order by c.id",
                        Long.class)
                .setParameter("agent", event.agentId())
                .setParameter("closed", ConversationStatus.CLOSED)
                .getResultList();
        for (Long id : ids) {
            // Locked in id order, as assignment locks them; re-checked under the lock.
            Conversation conversation = em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (conversation == null
                    || conversation.isClosed()
                    || conversation.getAssignee() == null
                    || conversation.getAssignee().getId() != event.agentId()) {
                continue;
            }
            changes.assign(conversation, null, clock.instant());
            queueEntry.entered(conversation, AssignmentTrigger.UNASSIGNED);
        }
    }
}
