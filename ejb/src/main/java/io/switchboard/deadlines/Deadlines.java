package io.switchboard.deadlines;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Schedules and cancels durable deadlines inside the caller's transaction: a deadline exists exactly when the change
 * that caused it committed.
 */
@Stateless
public class Deadlines {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Runs the handler of {@code kind} for {@code subjectId} at {@code dueAt} (at once if that is past). */
    public Deadline schedule(String kind, long subjectId, Instant dueAt, String payload) {
        Deadline deadline = new Deadline(kind, subjectId, dueAt, payload, clock.instant());
        em.persist(deadline);
        return deadline;
    }

    /** Cancels the subject's deadlines of this kind and schedules one new. */
    public Deadline replace(String kind, long subjectId, Instant dueAt, String payload) {
        cancel(kind, subjectId);
        return schedule(kind, subjectId, dueAt, payload);
    }

    /** Deletes the subject's deadlines of this kind; returns how many there were. */
    public int cancel(String kind, long subjectId) {
        return em.createNamedQuery(Deadline.CANCEL)
                .setParameter("kind", kind)
                .setParameter("subjectId", subjectId)
                .executeUpdate();
    }

    /**
     * Deletes the subject's deadlines of this kind whose payload starts with {@code payloadPrefix} (one kind holding
     * several clocks per subject, told apart by their payload; the prefix is the caller's own word, so {@code _} and
     * {@code %} are not expected in it); returns how many there were.
     */
    public int cancel(String kind, long subjectId, String payloadPrefix) {
        return em.createQuery("delete from Deadline d where d.kind = :kind and d.subjectId = :subjectId"
                        + " and d.payload like :prefix")
                .setParameter("kind", kind)
                .setParameter("subjectId", subjectId)
                .setParameter("prefix", payloadPrefix + "%")
                .executeUpdate();
    }

    /** The subject's deadlines of this kind, earliest first (given-up ones included). */
    public List<Deadline> pending(String kind, long subjectId) {
        return em.createNamedQuery(Deadline.OF_SUBJECT, Deadline.class)
                .setParameter("kind", kind)
                .setParameter("subjectId", subjectId)
                .getResultList();
    }
}
