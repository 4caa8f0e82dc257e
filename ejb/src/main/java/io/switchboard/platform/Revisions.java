package io.switchboard.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The revisions under which each server instance keeps what it derives from stored configuration in its
 * {@link RevisionCache}: the route set's, the SLA policy list's, and the configuration's that a message's intake
 * reads (senders, the queues' senders and working hours, bots, forms, working-hours periods, custom attributes: V61).
 * Read together, in one statement, once per transaction.
 *
 * <p>Read before what is derived under them, so that what is read after is never older than its revision. Flush mode
 * COMMIT: the route and policy rows are written only by their own lists' edits (which compile nothing in their own
 * transaction; the SLA re-evaluation after an edit is a batch job of its own), the configuration's only through
 * {@link #configurationChanged}, never by what an intake has pending.
 */
@ApplicationScoped
public class Revisions {

    private static final String KEY = Revisions.class.getName();

    /**
     * The three revisions as the first three columns of a select: a transaction's first statement may read them along
     * with what it reads anyway (intake with the customer's contact), one round trip instead of two ({@link
     * #readAlong}).
     */
    public static final String COLUMNS = "(select revision from route_set where id = 1),"
            + " (select revision from sla_policy_set where id = 1),"
            + " (select revision from configuration_revision where id = 1)";

    private static final String READ = "select " + COLUMNS;

    /**
     * The revisions as this transaction read them. {@code configuration} is {@link RevisionCache#UNCACHED} in a
     * transaction that changed the configuration: what it derives may never commit, so it is not kept.
     */
    public record Current(long routes, long slaPolicies, long configuration) {}

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public Current current() {
        boolean inTransaction = transaction.getTransactionKey() != null;
        Object known = inTransaction ? transaction.getResource(KEY) : null;
        if (known != null) {
            return (Current) known;
        }
        Object[] row = (Object[])
                em.createNativeQuery(READ).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        Current read = of(row);
        if (inTransaction) {
            transaction.putResource(KEY, read);
        }
        return read;
    }

    /**
     * The transaction's revisions, taking those of a row whose first columns are {@link #COLUMNS} when it has read
     * none before. That statement must be the transaction's first read of anything derived under them (as {@link
     * #current} is), and run with flush mode COMMIT for the same reason.
     */
    public Current readAlong(Object[] row) {
        Object known = transaction.getResource(KEY);
        if (known != null) {
            return (Current) known;
        }
        Current read = of(row);
        transaction.putResource(KEY, read);
        return read;
    }

    private static Current of(Object[] row) {
        return new Current(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /**
     * Bumps the configuration's revision in the caller's transaction, before its change: every instance derives
     * afresh once it commits. Called first thing by each change of that configuration, so that concurrent changes
     * queue on this one row before any other (one lock order, no deadlock between them).
     */
    public void configurationChanged() {
        em.createNativeQuery("update configuration_revision set revision = revision + 1 where id = 1")
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        Current read = current();
        transaction.putResource(KEY, new Current(read.routes(), read.slaPolicies(), RevisionCache.UNCACHED));
    }
}
