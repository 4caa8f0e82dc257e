package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LockConflictRetryTest {

    private static RuntimeException deadlock() {
        return new RuntimeException(new SQLException("deadlock detected", "40P01"));
    }

    @Test
    void aTransactionTheDatabaseRolledBackForADeadlockRunsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        String result = LockConflictRetry.run(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw deadlock();
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void itGivesUpAfterThreeAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> LockConflictRetry.run(() -> {
                    attempts.incrementAndGet();
                    throw deadlock();
                }))
                .hasRootCauseInstanceOf(SQLException.class);
        assertThat(attempts).hasValue(LockConflictRetry.ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> LockConflictRetry.run(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("bad");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }
}
