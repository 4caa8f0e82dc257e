package io.switchboard.queues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The Default queue, every new conversation's first queue. A CDI bean in the caller's transaction: every new
 * conversation asks, and a session-bean call cost more than the answer.
 */
@ApplicationScoped
public class DefaultQueue {

    @PersistenceContext
    EntityManager em;

    // The Default queue is created with the schema and stays the Default queue: its id is read once per deployment.
    private volatile Long id;

    /** The Default queue; within one transaction, from the persistence context after the first call. */
    public Queue get() {
        Long known = id;
        if (known == null) {
            Queue queue = em.createNamedQuery(Queue.DEFAULT, Queue.class).getSingleResult();
            id = queue.getId();
            return queue;
        }
        return em.find(Queue.class, known);
    }
}
