package io.switchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final String ANN = SignInThrottle.userKey("ann");
    private static final String HOME = SignInThrottle.addressKey("203.0.113.5");
    private static final String OFFICE = SignInThrottle.addressKey("198.51.100.9");

    private final SignInThrottle throttle = new SignInThrottle(10, Duration.ofMinutes(1), 1000);

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void nineFailuresStillLetTheTenthTry() {
        for (int i = 0; i < 9; i++) {
            assertThat(throttle.failed(at(i), ANN, HOME)).isEmpty();
        }
        assertThat(throttle.retryAfter(at(9), ANN, HOME)).isEmpty();
    }

    @Test
    void theTenthFailureWithinAMinuteBlocksUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 9; i++) {
            throttle.failed(at(i * 5), ANN, HOME);
        }
        assertThat(throttle.failed(at(45), ANN, HOME)).containsExactly(ANN, HOME);

        assertThat(throttle.retryAfter(at(46), ANN, HOME)).contains(Duration.ofSeconds(14));
        assertThat(throttle.retryAfter(at(59), ANN)).contains(Duration.ofSeconds(1));
        // The first failure (at 0) left the window at 60: nine remain.
        assertThat(throttle.retryAfter(at(60), ANN, HOME)).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteNeverBlock() {
        for (int i = 0; i < 100; i++) {
            throttle.failed(at(i * 7L), ANN, HOME);
            assertThat(throttle.retryAfter(at(i * 7L + 1), ANN, HOME)).isEmpty();
        }
    }

    @Test
    void aBlockedUsernameIsBlockedFromEveryAddressAndABlockedAddressForEveryUsername() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(at(i), SignInThrottle.userKey("user" + i), HOME);
        }
        for (int i = 0; i < 10; i++) {
            throttle.failed(at(i), ANN, SignInThrottle.addressKey("192.0.2." + i));
        }
        assertThat(throttle.retryAfter(at(10), ANN, OFFICE)).contains(Duration.ofSeconds(50));
        assertThat(throttle.retryAfter(at(10), SignInThrottle.userKey("bob"), HOME))
                .contains(Duration.ofSeconds(50));
        assertThat(throttle.retryAfter(at(10), SignInThrottle.userKey("bob"), OFFICE))
                .isEmpty();
    }

    @Test
    void theLongerOfTwoBlocksIsTheWait() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(at(i), ANN);
            throttle.failed(at(20 + i), HOME);
        }
        assertThat(throttle.retryAfter(at(30), ANN, HOME)).contains(Duration.ofSeconds(50));
    }

    @Test
    void aSuccessClearsTheUsernameButNotTheAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(at(i), ANN, HOME);
        }
        throttle.succeeded(ANN);
        assertThat(throttle.retryAfter(at(11), ANN, OFFICE)).isEmpty();
        assertThat(throttle.retryAfter(at(11), ANN, HOME)).isPresent();
    }

    @Test
    void aBlockIsReportedOncePerBlock() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(at(i), ANN);
        }
        // Requests refused while blocked are not counted (the mechanism does not verify them).
        assertThat(throttle.retryAfter(at(30), ANN)).isPresent();
        // After the oldest failure left, one more failure blocks again: reported again.
        assertThat(throttle.failed(at(60), ANN)).containsExactly(ANN);
    }

    @Test
    void memoryStaysBounded() {
        SignInThrottle small = new SignInThrottle(10, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 10_000; i++) {
            small.failed(at(0), SignInThrottle.userKey("u" + i), HOME);
        }
        assertThat(small.size()).isLessThanOrEqualTo(100);
        // The most recently used keys survive: the address of every attempt.
        assertThat(small.retryAfter(at(1), HOME)).isPresent();
    }

    @Test
    void keysWithoutRecentFailuresAreDropped() {
        for (int i = 0; i < 50; i++) {
            throttle.failed(at(0), SignInThrottle.userKey("u" + i));
        }
        for (int i = 0; i < 10; i++) {
            throttle.failed(at(120 + i), ANN);
        }
        assertThat(throttle.size()).isLessThan(51);
    }

    @Test
    void hugeUsernamesShareOneBoundedKey() {
        assertThat(SignInThrottle.userKey("x".repeat(100_000))).hasSize("user:".length() + 200);
        assertThat(SignInThrottle.userKey(null)).isEqualTo("user:");
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(SwitchboardAuthenticationMechanism.seconds(Duration.ofMillis(1)))
                .isEqualTo(1);
        assertThat(SwitchboardAuthenticationMechanism.seconds(Duration.ofMillis(14_001)))
                .isEqualTo(15);
        assertThat(SwitchboardAuthenticationMechanism.seconds(Duration.ZERO)).isEqualTo(1);
    }
}
