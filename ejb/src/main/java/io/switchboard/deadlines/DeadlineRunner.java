package io.switchboard.deadlines;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The transactions of the {@link DeadlineTicker}: a claim, each deadline's run, a failure's reschedule. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeadlineRunner {

    /** A claimed deadline. */
    public record Claimed(long id, String kind) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Leases up to {@code batchSize} due deadlines of these kinds to the claim {@code token}. */
    public List<Claimed> claim(Collection<String> kinds, int batchSize, String token, Duration lease) {
        Instant now = clock.instant();
        var query = em.createNativeQuery(DeadlineClaims.selectDue(kinds.size()))
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, batchSize);
        int position = 3;
        for (String kind : kinds) {
            query.setParameter(position++, kind);
        }
        List<Claimed> claimed = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            claimed.add(new Claimed(((Number) columns[0]).longValue(), (String) columns[1]));
        }
        if (!claimed.isEmpty()) {
            em.createQuery("update Deadline d set d.claimedBy = :token, d.claimedUntil = :until,"
                            + " d.attempts = d.attempts + 1 where d.id in :ids")
                    .setParameter("token", token)
                    .setParameter("until", now.plus(lease).atOffset(ZoneOffset.UTC))
                    .setParameter("ids", claimed.stream().map(Claimed::id).toList())
                    .executeUpdate();
        }
        return claimed;
    }

    /**
     * Runs one claimed deadline and deletes it, in one transaction; false when it is gone (cancelled) or no longer
     * leased to {@code token} (its lease ran out and another claim took it).
     */
    public boolean run(long id, String token, DeadlineHandler handler) {
        Deadline deadline = em.find(Deadline.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (deadline == null || !deadline.isClaimedBy(token)) {
            return false;
        }
        handler.handle(new DueDeadline(id, deadline.getKind(), deadline.getSubjectId(), deadline.getDueAt(),
                deadline.getPayload(), deadline.getAttempts()));
        // A bulk delete: the handler may already have replaced (deleted) it.
        em.createQuery("delete from Deadline d where d.id = :id").setParameter("id", id).executeUpdate();
        return true;
    }

    /** After a failed run: due again after the backoff, or given up when the attempts ran out. */
    public void failed(long id, String token, String error, DeadlineRetries retries) {
        Deadline deadline = em.find(Deadline.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (deadline == null || !deadline.isClaimedBy(token)) {
            return;
        }
        Instant now = clock.instant();
        retries.delayAfter(deadline.getAttempts()).ifPresentOrElse(
                delay -> deadline.retryAt(now.plus(delay), error),
                () -> deadline.giveUp(now, error));
    }
}
