package io.switchboard.platform;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/** Recognises, anywhere in an exception's causes, a conflict with a concurrent transaction that the database settled. */
public final class ConcurrencyConflicts {

    private ConcurrencyConflicts() {}

    /** A unique key or other integrity constraint (SQLState class 23) another transaction got to first. */
    public static boolean isIntegrityViolation(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** A row another transaction changed since it was read (optimistic locking). */
    public static boolean isStaleUpdate(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row lock the database gave up waiting for, or a deadlock it broke (SQLState class 40, H2's lock timeout
     * HYT00): the transaction rolled back and may simply run again.
     */
    public static boolean isLockConflict(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("HYT00"))) {
                return true;
            }
        }
        return false;
    }
}
