package io.switchboard.lifecycle.workspace;

import io.switchboard.conversations.ConversationChanged;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces {@link WorkChanged} for each conversation a transaction changed, once it committed (a rolled-back change
 * is never announced) and once per transaction however many changes it made, so that the screens showing it read it
 * again. Who is told is {@link AgentWorkspace#notice}'s answer; the other server instances learn it through
 * {@link WorkRelay}.
 */
@Stateless
public class WorkNotices {

    private static final Logger LOG = Logger.getLogger(WorkNotices.class.getName());
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

    @Resource
    ManagedExecutorService executor;

    @EJB
    AgentWorkspace workspace;

    @EJB
    WorkRelay relay;

    @Inject
    Event<WorkChanged> notices;

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
            AgentWorkspace reader = workspace;
            Event<WorkChanged> announcer = notices;
            WorkRelay others = relay;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        executor.execute(() -> announce(reader, announcer, others, changed));
                    }
                }
            });
            ids = changed;
        }
        ids.add(id);
    }

    private static void announce(AgentWorkspace reader, Event<WorkChanged> announcer, WorkRelay others, Set<Long> ids) {
        if (LiveAudience.anyone()) {
            for (long id : ids) {
                try {
                    announcer.fire(reader.notice(id, SOUNDED));
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "live notice of conversation " + id + " not sent", e);
                }
            }
        }
        others.publish(ids);
    }
}
