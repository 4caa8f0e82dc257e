package io.switchboard.outbound.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 8);

    @Test
    void doublesTheBaseAfterEachFailure() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofSeconds(480));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(40)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitterKeepsBetweenHalfAndAllOfTheDelay() {
        assertThat(backoff.jitteredDelayAfter(2, () -> 0.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.jitteredDelayAfter(2, () -> 0.5)).isEqualTo(Duration.ofSeconds(45));
        assertThat(backoff.jitteredDelayAfter(2, () -> 0.999_999))
                .isBetween(Duration.ofMillis(59_999), Duration.ofSeconds(60));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(backoff.retriesAfter(1)).isTrue();
        assertThat(backoff.retriesAfter(7)).isTrue();
        assertThat(backoff.retriesAfter(8)).isFalse();
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).retriesAfter(1))
                .isFalse();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
