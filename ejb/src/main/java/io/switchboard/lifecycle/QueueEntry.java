package io.switchboard.lifecycle;

import io.switchboard.assignment.AssignmentService;
import io.switchboard.assignment.AssignmentTrigger;
import io.switchboard.conversations.Conversation;
import io.switchboard.waiting.WaitingCustomers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A conversation entered its queue (new, moved there, handed over by a bot): if it is unassigned, automatic
 * assignment runs, and when nobody could take it the sender's waiting strategy starts. The one place that decides
 * this; assignment and the waiting strategy each keep their own guards (queue assigns automatically, occupying
 * status, working hours, not closed). A CDI bean in the caller's transaction (its callers hold the conversation's
 * row): a session-bean call cost more than the decision.
 */
@ApplicationScoped
public class QueueEntry {

    @PersistenceContext
    EntityManager em;

    @EJB
    AssignmentService assignment;

    @EJB
    WaitingCustomers waiting;

    /** In the caller's transaction, which holds the conversation's row. */
    public void entered(Conversation conversation, AssignmentTrigger trigger) {
        // What the conversation became (queue, priority, assignee) is written before assignment locks agents; an
        // unseen one (nobody else can reach it) is written once, with the assignee assignment gives it.
        if (!conversation.isUnseen()) {
            em.flush();
        }
        if (conversation.getAssignee() == null) {
            assignment.assign(conversation, trigger);
            // The strategy starts when a conversation enters the contact center; a move between queues keeps it.
            if (trigger == AssignmentTrigger.QUEUE_CHANGE) {
                waiting.moved(conversation);
            } else {
                waiting.entered(conversation);
            }
        }
    }
}
