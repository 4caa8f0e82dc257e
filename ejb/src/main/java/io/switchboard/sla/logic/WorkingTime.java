package io.switchboard.sla.logic;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How an SLA clock counts time: always, or only inside a queue's working hours. Pure arithmetic, no container.
 */
public interface WorkingTime {

    /** The instant at which {@code amount} of counted time has passed since {@code from}; empty if never. */
    Optional<Instant> after(Instant from, Duration amount);

    /** Counted time between two instants ({@code from} before {@code to}). */
    Duration between(Instant from, Instant to);

    /** Every moment counts. */
    WorkingTime ALWAYS = new WorkingTime() {
        @Override
        public Optional<Instant> after(Instant from, Duration amount) {
            return Optional.of(from.plus(amount));
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    };
}
