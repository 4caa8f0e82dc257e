package io.switchboard.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The revisions of the route set and the SLA policy list, the rule sets each instance compiles into its
 * {@link RevisionCache}: read together, once per transaction. A new conversation's intake routes it and then
 * evaluates its SLA, two reads that were two statements.
 *
 * <p>Read before what is compiled under them, so a list read after is never older than its revision. Flush mode
 * COMMIT: each row is written only by the edits of its own list (which compile nothing in their own transaction; the
 * SLA re-evaluation after a policy edit runs in a batch job of its own), never by what an intake has pending.
 */
@ApplicationScoped
public class RuleSetRevisions {

    private static final String KEY = RuleSetRevisions.class.getName();

    private static final String READ = "select (select revision from route_set where id = 1),"
            + " (select revision from sla_policy_set where id = 1)";

    /** The two revisions as this transaction read them. */
    public record Current(long routes, long slaPolicies) {}

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
        Current read = new Current(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        if (inTransaction) {
            transaction.putResource(KEY, read);
        }
        return read;
    }
}
