package io.switchboard.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The revisions a transaction's first statement read along with something else become the transaction's, and a
 * transaction's revisions, once known, are never replaced by a later row. No entity manager is set: a query would
 * fail the test.
 */
class RevisionsTest {

    private final Revisions revisions = new Revisions();

    RevisionsTest() {
        revisions.transaction = new OneTransaction();
    }

    @Test
    void theFirstStatementsRevisionsBecomeTheTransactions() {
        assertEquals(new Revisions.Current(3, 4, 5), revisions.readAlong(new Object[] {3L, 4, 5L, 77L}));
        assertEquals(new Revisions.Current(3, 4, 5), revisions.current());
    }

    @Test
    void aLaterRowDoesNotReplaceWhatTheTransactionRead() {
        revisions.readAlong(new Object[] {3L, 4L, 5L, null});
        assertEquals(new Revisions.Current(3, 4, 5), revisions.readAlong(new Object[] {6L, 7L, 8L, null}));
        assertEquals(new Revisions.Current(3, 4, 5), revisions.current());
    }

    @Test
    void aTransactionThatChangedTheConfigurationStaysUncached() {
        Revisions.Current changed = new Revisions.Current(3, 4, RevisionCache.UNCACHED);
        revisions.transaction.putResource(Revisions.class.getName(), changed);
        assertEquals(changed, revisions.readAlong(new Object[] {3L, 4L, 9L, null}));
    }

    /** One active transaction's resources. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {
        private final Map<Object, Object> resources = new HashMap<>();

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return jakarta.transaction.Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
