package io.switchboard.admin.live;

import io.switchboard.conversations.ConversationChanged;
import io.switchboard.lifecycle.workspace.AgentWorkspace;
import io.switchboard.lifecycle.workspace.WorkChanged;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
 * Tells the pages of the users who may see a conversation that it changed, once the change committed (a rolled-back
 * change is never announced), once per transaction however many changes it made. Who may see it is the engine's
 * answer ({@link AgentWorkspace#notice}); the message names the conversation and the sound to play, nothing else.
 */
@ApplicationScoped
public class LiveWork {

    private static final Logger LOG = Logger.getLogger(LiveWork.class.getName());
    private static final Object KEY = LiveWork.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @EJB
    AgentWorkspace workspace;

    // Inbound messages whose sound already played (bounded: only the newest matter).
    private final Set<Long> sounded = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > 10_000;
        }
    }));

    void changed(@Observes ConversationChanged change) {
        Long id = change.conversation().getId();
        if (id == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> ids = (Set<Long>) transactions.getResource(KEY);
        if (ids == null) {
            Set<Long> changed = new LinkedHashSet<>();
            transactions.putResource(KEY, changed);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        executor.execute(() -> announce(changed));
                    }
                }
            });
            ids = changed;
        }
        ids.add(id);
    }

    private void announce(Set<Long> ids) {
        for (long id : ids) {
            try {
                WorkChanged notice = workspace.notice(id, sounded);
                LiveSockets.send(notice.viewers(), "{\"conversation\":" + id + "}");
                if (notice.sound() != WorkChanged.Sound.NONE) {
                    LiveSockets.send(notice.listeners(), "{\"sound\":\"" + notice.sound() + "\"}");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "live notice of conversation " + id + " not sent", e);
            }
        }
    }
}
