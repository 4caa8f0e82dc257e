package io.switchboard.deadlines;

import java.time.Duration;
import java.util.Optional;

/** When a failed deadline runs again: exponential backoff from {@code firstDelay} up to {@code maxDelay}. */
public record DeadlineRetries(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public static final DeadlineRetries DEFAULT = new DeadlineRetries(8, Duration.ofSeconds(1), Duration.ofMinutes(10));

    public DeadlineRetries {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait after {@code attempts} failed attempts, or empty when the deadline should be given up. */
    public Optional<Duration> delayAfter(int attempts) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
