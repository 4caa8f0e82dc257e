package io.switchboard.outbound.logic;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the base delay doubled after each failure, capped, with "equal jitter"
 * (half the delay fixed, half random) so that entries failing together do not retry in lockstep; after
 * {@code maxAttempts} attempts the entry is given up.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("base > 0, cap >= base and maxAttempts >= 1 are required");
        }
    }

    /** Whether another attempt follows the {@code attemptsMade} made so far. */
    public boolean retriesAfter(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** The delay before the next attempt, without jitter: base × 2^(attemptsMade − 1), at most the cap. */
    public Duration delayAfter(int attemptsMade) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("attemptsMade must be at least 1");
        }
        int doublings = Math.min(attemptsMade - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 || delay.isNegative() ? cap : delay;
    }

    /** The delay with equal jitter: between half of {@link #delayAfter} and all of it; random gives [0, 1). */
    public Duration jitteredDelayAfter(int attemptsMade, DoubleSupplier random) {
        Duration full = delayAfter(attemptsMade);
        long halfMillis = full.toMillis() / 2;
        return Duration.ofMillis(full.toMillis() - halfMillis + (long) (random.getAsDouble() * halfMillis));
    }
}
