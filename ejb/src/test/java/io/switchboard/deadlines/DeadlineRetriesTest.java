package io.switchboard.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineRetriesTest {

    final DeadlineRetries retries = new DeadlineRetries(5, Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void doublesTheWaitAfterEachFailedAttempt() {
        assertThat(retries.delayAfter(1)).contains(Duration.ofSeconds(2));
        assertThat(retries.delayAfter(2)).contains(Duration.ofSeconds(4));
        assertThat(retries.delayAfter(3)).contains(Duration.ofSeconds(8));
    }

    @Test
    void capsTheWait() {
        assertThat(retries.delayAfter(4)).contains(Duration.ofSeconds(10));
        assertThat(new DeadlineRetries(100, Duration.ofSeconds(1), Duration.ofMinutes(10)).delayAfter(90))
                .contains(Duration.ofMinutes(10));
    }

    @Test
    void givesUpWhenTheAttemptsRunOut() {
        assertThat(retries.delayAfter(5)).isEmpty();
        assertThat(retries.delayAfter(6)).isEmpty();
        assertThat(DeadlineRetries.DEFAULT.delayAfter(DeadlineRetries.DEFAULT.maxAttempts()))
                .isEmpty();
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThatThrownBy(() -> new DeadlineRetries(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
