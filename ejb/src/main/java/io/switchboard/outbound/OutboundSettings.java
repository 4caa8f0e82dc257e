package io.switchboard.outbound;

import io.switchboard.outbound.logic.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Operator settings of outbound delivery (MicroProfile Config: system properties, or environment variables such as
 * {@code SWITCHBOARD_OUTBOUND_ALLOW_PRIVATE_ADDRESSES}). Durations are ISO-8601 ({@code PT30S}).
 */
@ApplicationScoped
public class OutboundSettings {

    @Inject
    @ConfigProperty(name = "switchboard.outbound.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;

    @Inject
    @ConfigProperty(name = "switchboard.outbound.backoff-base", defaultValue = "PT30S")
    String backoffBase;

    @Inject
    @ConfigProperty(name = "switchboard.outbound.backoff-cap", defaultValue = "PT1H")
    String backoffCap;

    @Inject
    @ConfigProperty(name = "switchboard.outbound.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "switchboard.outbound.poll-interval", defaultValue = "PT1S")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "switchboard.outbound.lease", defaultValue = "PT2M")
    String lease;

    /** Whether gateways on loopback, private or link-local addresses may be called (tests, closed networks). */
    public boolean allowPrivateAddresses() {
        return allowPrivateAddresses;
    }

    public Backoff backoff() {
        Duration base = Duration.parse(backoffBase);
        Duration cap = Duration.parse(backoffCap);
        return new Backoff(base, cap.compareTo(base) < 0 ? base : cap, maxAttempts);
    }

    public Duration pollInterval() {
        return Duration.parse(pollInterval);
    }

    /**
     * How long a claimed entry is left to its dispatcher before another claim may take it: an instance that dies
     * with entries claimed delays them this long. Never below {@link #MIN_LEASE}, which outlasts one attempt's
     * connect and request timeouts, so that a lease never lapses under an attempt still running.
     */
    public Duration lease() {
        return atLeastMinimum(Duration.parse(lease));
    }

    /** One attempt's connect and request timeouts, and a margin. */
    static final Duration MIN_LEASE = OutboxDispatcher.CONNECT_TIMEOUT
            .plus(OutboxDispatcher.REQUEST_TIMEOUT)
            .plus(Duration.ofSeconds(10));

    static Duration atLeastMinimum(Duration lease) {
        return lease.compareTo(MIN_LEASE) < 0 ? MIN_LEASE : lease;
    }
}
