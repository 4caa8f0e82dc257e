package io.switchboard.apikeys.logic;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recently verified API keys by token hash, so that a busy gateway's requests do not each cost a database round
 * trip. An entry is trusted for {@link #TRUST} after it was read from the database: a key revoked on another
 * instance stops working within that time, and the revoking instance forgets it at once ({@link #forget}). Bounded:
 * past {@link #MAX_ENTRIES} it starts again empty, so the heap stays flat whatever the number of keys. Thread-safe.
 *
 * @param <V> what a verified key stands for (its identity)
 */
public final class VerifiedKeys<V> {

    /** How long a verification stands without asking the database again. */
    public static final Duration TRUST = Duration.ofSeconds(1);

    static final int MAX_ENTRIES = 10_000;

    private record Verified<V>(long keyId, V value, long verifiedAtNanos) {}

    private final Map<String, Verified<V>> byTokenHash = new ConcurrentHashMap<>();
    private final AtomicLong forgets = new AtomicLong();

    /** Taken before reading a key from the database; {@link #put} ignores a read that a {@link #forget} overtook. */
    public long ticket() {
        return forgets.get();
    }

    /** The key verified under this token hash within {@link #TRUST} before {@code nowNanos}; empty otherwise. */
    public Optional<V> get(String tokenHash, long nowNanos) {
        Verified<V> verified = byTokenHash.get(tokenHash);
        if (verified == null) {
            return Optional.empty();
        }
        if (nowNanos - verified.verifiedAtNanos() >= TRUST.toNanos()) {
            byTokenHash.remove(tokenHash, verified);
            return Optional.empty();
        }
        return Optional.of(verified.value());
    }

    /** Remembers a key read from the database as active, unless a key was forgotten since the ticket. */
    public void put(long ticket, String tokenHash, long keyId, V value, long nowNanos) {
        if (ticket != forgets.get()) {
            return;
        }
        if (byTokenHash.size() >= MAX_ENTRIES) {
            byTokenHash.clear();
        }
        byTokenHash.put(tokenHash, new Verified<>(keyId, value, nowNanos));
    }

    /** Forgets a key (revoked on this instance): its next request goes to the database. */
    public void forget(long keyId) {
        forgets.incrementAndGet();
        byTokenHash.values().removeIf(v -> v.keyId() == keyId);
    }

    int size() {
        return byTokenHash.size();
    }
}
