package io.switchboard.dashboard;

import io.switchboard.conversations.ConversationChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the live views that the dashboard's numbers may have moved: after every committed conversation change (a
 * message, a status, an assignment, a transfer...). Listeners register here rather than observing the event, since
 * the web module's beans do not see events fired inside the engine's module; they debounce themselves.
 */
@ApplicationScoped
public class DashboardSignals {

    private static final Logger LOG = Logger.getLogger(DashboardSignals.class.getName());

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Runs the listener after each committed conversation change; it must return quickly. */
    public void listen(Runnable listener) {
        listeners.add(listener);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // A view that cannot be told must not fail the engine's work: it still refreshes on its own.
                LOG.log(Level.FINE, "A dashboard listener failed", e);
            }
        }
    }
}
