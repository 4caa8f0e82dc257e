package io.switchboard.admin.dashboard;

import io.switchboard.dashboard.DashboardSignals;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pushes "refresh" to the open dashboards (Faces websocket channel {@value #CHANNEL}) after conversations changed:
 * at most one push per {@value #DEBOUNCE_MS} ms, however many changes commit meanwhile, so a busy contact center does
 * not make every open dashboard reload its numbers for each message.
 */
@ApplicationScoped
public class DashboardPush {

    static final String CHANNEL = "dashboard";
    static final long DEBOUNCE_MS = 500;

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    @Inject
    DashboardSignals signals;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean pending = new AtomicBoolean();

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        signals.listen(this::changed);
    }

    private void changed() {
        if (pending.compareAndSet(false, true)) {
            scheduler.schedule(
                    () -> {
                        pending.set(false);
                        push.send("refresh");
                    },
                    DEBOUNCE_MS,
                    TimeUnit.MILLISECONDS);
        }
    }
}
