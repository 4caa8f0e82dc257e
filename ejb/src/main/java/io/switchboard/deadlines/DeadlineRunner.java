package io.switchboard.deadlines;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The transactions of the {@link DeadlineTicker}: a claim, each deadline's run, a failure's reschedule. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeadlineRunner {

    /** A claimed deadline, as read by the claim ({@code attempt} already counts this run). */
    public record Claimed(long id, String kind, long subjectId, Instant dueAt, String payload, int attempt) {

        DueDeadline due() {
            return new DueDeadline(id, kind, subjectId, dueAt, payload, attempt);
        }
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
            claimed.add(new Claimed(
                    ((Number) columns[0]).longValue(),
                    (String) columns[1],
                    ((Number) columns[2]).longValue(),
                    instant(columns[3]),
                    (String) columns[4],
                    ((Number) columns[5]).intValue() + 1));
        }
        if (!claimed.isEmpty()) {
            em.createQuery("update Deadline d set d.claimedBy = :token, d.claimedUntil = :until,"
                            + " d.attempts = d.attempts + 1 where d.id in :ids")
                    .setParameter("token", token)
                    .setParameter("until", now.plus(lease))
                    .setParameter("ids", claimed.stream().map(Claimed::id).toList())
                    .executeUpdate();
        }
        return claimed;
    }

    /**
     * Runs one claimed deadline and deletes it, in one transaction; false when it is gone (cancelled) or no longer
     * leased to {@code token} (its lease ran out and another claim took it).
     * <p>
     * The delete comes first: it locks the row, checks the lease and removes it in one statement (one round trip per
     * deadline besides the commit); a handler that throws rolls the delete back with its own effects.
     */
    public boolean run(Claimed claimed, String token, DeadlineHandler handler) {
        int deleted = em.createNativeQuery("delete from deadline where id = ?1 and claimed_by = ?2")
                .setParameter(1, claimed.id())
                .setParameter(2, token)
                .executeUpdate();
        if (deleted == 0) {
            return false;
        }
        handler.handle(claimed.due());
        return true;
    }

    /** A timestamp column as the driver returns it: PostgreSQL a {@code Timestamp}, H2 an {@code OffsetDateTime}. */
    private static Instant instant(Object column) {
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + column.getClass());
    }

    /** After a failed run: due again after the backoff, or given up when the attempts ran out. */
    public void failed(long id, String token, String error, DeadlineRetries retries) {
        Deadline deadline = em.find(Deadline.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (deadline == null || !deadline.isClaimedBy(token)) {
            return;
        }
        Instant now = clock.instant();
        retries.delayAfter(deadline.getAttempts())
                .ifPresentOrElse(delay -> deadline.retryAt(now.plus(delay), error), () -> deadline.giveUp(now, error));
    }
}
