package io.switchboard.deadlines;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wakes every few hundred milliseconds (a non-persistent timer: the deadlines, not the timer, are durable), claims
 * due deadlines in batches and runs each in its own transaction on a few worker threads. Nothing here is
 * authoritative: any number of instances may tick against one database, and a crash loses only leases, which lapse.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineTicker {

    private static final Logger LOG = Logger.getLogger(DeadlineTicker.class.getName());
    // One timeout drains at most this long, so that a backlog never starves shutdown or the next tick's claim.
    private static final Duration DRAIN_BUDGET = Duration.ofSeconds(5);

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @EJB
    DeadlineRunner runner;

    @Inject
    @Any
    Instance<DeadlineHandler> discovered;

    @Inject
    @ConfigProperty(name = "switchboard.deadlines.tick-millis", defaultValue = "250")
    long tickMillis;

    @Inject
    @ConfigProperty(name = "switchboard.deadlines.batch-size", defaultValue = "200")
    int batchSize;

    // Each deadline commits on its own, and a commit waits for the database's log flush (on PostgreSQL ~2 ms on the
    // benchmark machine's disk); commits in flight together share one flush, so throughput comes from concurrency,
    // not CPU: 4 workers fired ~580 deadlines/s, see README "Working hours and deadlines".
    @Inject
    @ConfigProperty(name = "switchboard.deadlines.workers", defaultValue = "16")
    int workers;

    @Inject
    @ConfigProperty(name = "switchboard.deadlines.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    private final Map<String, DeadlineHandler> handlers = new ConcurrentHashMap<>();
    // Only guards against overlapping timeouts of this one timer; the database coordinates the real work.
    private final AtomicBoolean ticking = new AtomicBoolean();

    @PostConstruct
    void start() {
        discovered.forEach(this::register);
        timers.createIntervalTimer(tickMillis, tickMillis, new TimerConfig("deadline-ticker", false));
        LOG.info(() -> "Deadline ticker every " + tickMillis + " ms for " + handlers.keySet());
    }

    /** Adds the handler of a kind (from a module whose CDI beans this one cannot see). */
    public void register(DeadlineHandler handler) {
        handlers.put(handler.kind(), handler);
    }

    public void unregister(String kind) {
        handlers.remove(kind);
    }

    @Timeout
    void tick() {
        if (handlers.isEmpty() || !ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            long until = System.nanoTime() + DRAIN_BUDGET.toNanos();
            int claimed;
            do {
                claimed = runBatch();
            } while (claimed == batchSize && System.nanoTime() < until);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline tick failed; the next one tries again", e);
        } finally {
            ticking.set(false);
        }
    }

    private int runBatch() {
        String token = UUID.randomUUID().toString();
        List<DeadlineRunner.Claimed> batch =
                runner.claim(List.copyOf(handlers.keySet()), batchSize, token, Duration.ofSeconds(leaseSeconds));
        if (batch.isEmpty()) {
            return 0;
        }
        int lanes = Math.max(1, Math.min(workers, batch.size()));
        List<Future<?>> running = new ArrayList<>(lanes);
        for (int lane = 0; lane < lanes; lane++) {
            int first = lane;
            running.add(executor.submit(() -> {
                for (int i = first; i < batch.size(); i += lanes) {
                    runOne(batch.get(i), token);
                }
            }));
        }
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "A deadline worker failed", e.getCause());
            }
        }
        return batch.size();
    }

    private void runOne(DeadlineRunner.Claimed claimed, String token) {
        DeadlineHandler handler = handlers.get(claimed.kind());
        try {
            if (handler == null) {
                throw new IllegalStateException("no handler for kind " + claimed.kind());
            }
            runner.run(claimed, token, handler);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Deadline " + claimed.id() + " failed");
            try {
                runner.failed(claimed.id(), token, describe(e), DeadlineRetries.DEFAULT);
            } catch (RuntimeException again) {
                // The lease lapses and the deadline comes back anyway.
                LOG.log(Level.WARNING, "Could not reschedule failed deadline " + claimed.id(), again);
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
