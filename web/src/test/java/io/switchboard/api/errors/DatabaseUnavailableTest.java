package io.switchboard.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void theDriversConnectionStatesAnywhereInTheCausesMeanUnavailable() {
        var refused = new PersistenceException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        assertThat(DatabaseUnavailable.isUnavailable(new EJBException(refused))).isTrue();
        assertThat(DatabaseUnavailable.isUnavailable(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.isUnavailable(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.isUnavailable(new RuntimeException(new ConnectException("refused"))))
                .isTrue();
    }

    @Test
    void thePoolsAllocationFailureWithoutStateMeansUnavailable() {
        var pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated");
        assertThat(DatabaseUnavailable.isUnavailable(new PersistenceException(pool)))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailable.isUnavailable(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.isUnavailable(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseUnavailable.isUnavailable(new IllegalStateException("bug")))
                .isFalse();
    }
}
