package io.switchboard.platform;

import java.util.function.Supplier;

/**
 * Runs a whole transaction again when the database broke a deadlock or gave up a lock wait by rolling it back (see
 * {@link ConcurrencyConflicts#isLockConflict}). The work must start and end its own transaction (a call to a
 * container-managed bean method from outside any transaction), so that each attempt starts afresh.
 */
public final class LockConflictRetry {

    /** Three attempts: a deadlock between two writers resolves at the second; a third covers a busy moment. */
    static final int ATTEMPTS = 3;

    private LockConflictRetry() {}

    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !ConcurrencyConflicts.isLockConflict(e)) {
                    throw e;
                }
            }
        }
    }

    public static void run(Runnable transaction) {
        run(() -> {
            transaction.run();
            return null;
        });
    }
}
