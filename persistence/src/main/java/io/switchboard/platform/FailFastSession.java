package io.switchboard.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a query fail at once when the database is gone. EclipseLink by default retries a read outside a transaction
 * three times, waiting 5 s before each, on the request's own thread: while PostgreSQL restarts, every request then
 * held its HTTP thread for seconds and the 503 came late or not at all (README "Faults", pg-restart). The connection
 * pool validates its connections, so the first request after the database's return gets a fresh one anyway.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
