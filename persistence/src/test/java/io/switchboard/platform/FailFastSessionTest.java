package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class FailFastSessionTest {

    @Test
    void readsAreNotRetriedWhenTheDatabaseIsGone() {
        DatabaseLogin login = new DatabaseLogin();
        // EclipseLink's defaults: three retries, 5 s apart, on the caller's thread.
        assertThat(login.getQueryRetryAttemptCount()).isEqualTo(3);
        assertThat(login.getDelayBetweenConnectionAttempts()).isEqualTo(5_000);
        DatabaseSession session = new Project(login).createDatabaseSession();

        new FailFastSession().customize(session);

        assertThat(login.getQueryRetryAttemptCount()).isZero();
        assertThat(login.getDelayBetweenConnectionAttempts()).isZero();
    }
}
