package io.switchboard.api.errors;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises, anywhere in an exception's causes, that the database cannot be reached right now (stopped, restarting,
 * refusing connections): the request is answered 503 with Retry-After, not 500, since retrying it later succeeds and
 * nothing was stored. Covers the driver's connection errors (SQLState class 08, PostgreSQL's shutdown and start-up
 * states 57P01-57P03), a refused socket, and the connection pool's own allocation failures, which Payara raises as a
 * plain SQLException or a resource exception without a state.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** The problem's detail, the same wherever the request was refused (the API's mapper, its authentication). */
    public static final String DETAIL = "The database cannot be reached right now; nothing was stored, retry shortly";

    private DatabaseUnavailable() {}

    public static boolean isUnavailable(Throwable exception) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = exception; t != null && seen.put(t, true) == null; t = next(t)) {
            if (t instanceof ConnectException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("ResourceAllocationException") || name.endsWith("PoolingException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && message.contains("Error in allocating a connection")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
