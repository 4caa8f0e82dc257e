package io.switchboard.lifecycle.workspace;

import io.switchboard.conversations.ConversationChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Announces {@link WorkChanged} for each conversation a transaction changed, once it committed (a rolled-back change
 * is never announced) and once per transaction however many changes it made, so that the screens showing it read it
 * again. {@link WorkNoticeCarrier} tells the screens and the other instances. A plain CDI bean: it hears every change,
 * and Weld would create a new reference to a stateless observer (a JNDI lookup) for each.
 */
@ApplicationScoped
public class WorkNotices {

    private static final Object KEY = WorkNotices.class;

    // Inbound messages whose sound already played on this instance (bounded: only the newest matter).
    static final Set<Long> SOUNDED = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > 10_000;
        }
    }));

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    CommittedChanges committed;

    /** Collects the transaction's changed conversations; the first one registers the announcement after commit. */
    public void changed(@Observes ConversationChanged change) {
        Long id = change.conversation().getId();
        if (id == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> ids = (Set<Long>) transactions.getResource(KEY);
        if (ids == null) {
            Set<Long> changed = new LinkedHashSet<>();
            transactions.putResource(KEY, changed);
            CommittedChanges carry = committed;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        carry.committed(changed);
                    }
                }
            });
            ids = changed;
        }
        ids.add(id);
    }
}
