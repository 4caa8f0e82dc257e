package io.switchboard.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This instance's workflows as last read, trusted for a second so that the inbound path does not ask the database
 * for the workflow revision on every change (a change made on another instance runs within that second); the instance
 * that changes workflows forgets them at once. Read without locking.
 */
@ApplicationScoped
public class WorkflowCache {

    static final Duration TRUST = Duration.ofSeconds(1);

    private record Snapshot(List<CompiledWorkflow> workflows, long readAtNanos) {}

    private volatile Snapshot snapshot;
    private final AtomicLong changes = new AtomicLong();

    public List<CompiledWorkflow> recent(long nowNanos) {
        Snapshot current = snapshot;
        return current != null && nowNanos - current.readAtNanos() < TRUST.toNanos() ? current.workflows() : null;
    }

    public long ticket() {
        return changes.get();
    }

    public void put(long ticket, List<CompiledWorkflow> workflows, long nowNanos) {
        if (ticket == changes.get()) {
            snapshot = new Snapshot(workflows, nowNanos);
        }
    }

    public void forget() {
        changes.incrementAndGet();
        snapshot = null;
    }
}
