package io.switchboard.settings.logic;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Setting values recently read from the database, so that each message does not read the same few settings again.
 * A value stands for {@link #TRUST}: a change made on another instance shows within that time; the instance that
 * made it forgets every value at once ({@link #forgetAll}), and a read that such a change overtook is not kept.
 * Settings are a few dozen names: no bound needed. Thread-safe.
 */
public final class RecentValues {

    /** How long a value read from the database stands. */
    public static final Duration TRUST = Duration.ofSeconds(1);

    private record Read(String value, long readAtNanos) {}

    private final Map<String, Read> values = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /** The value read within {@link #TRUST} before {@code nowNanos}; empty otherwise. */
    public Optional<String> get(String name, long nowNanos) {
        Read read = values.get(name);
        if (read == null || nowNanos - read.readAtNanos() >= TRUST.toNanos()) {
            return Optional.empty();
        }
        return Optional.of(read.value());
    }

    /** Taken before reading from the database; {@link #put} ignores a read that a change overtook. */
    public long ticket() {
        return changes.get();
    }

    public void put(long ticket, String name, String value, long nowNanos) {
        if (ticket == changes.get()) {
            values.put(name, new Read(value, nowNanos));
        }
    }

    /** A setting changed on this instance: every value is read again. */
    public void forgetAll() {
        changes.incrementAndGet();
        values.clear();
    }
}
