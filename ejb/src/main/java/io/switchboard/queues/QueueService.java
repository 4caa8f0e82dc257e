package io.switchboard.queues;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Queues; the Default queue comes with the schema. */
@Stateless
public class QueueService {

    @PersistenceContext
    EntityManager em;

    public Queue defaultQueue() {
        return em.createNamedQuery(Queue.DEFAULT, Queue.class).getSingleResult();
    }

    public List<Queue> list() {
        return em.createNamedQuery(Queue.ALL, Queue.class).getResultList();
    }
}
