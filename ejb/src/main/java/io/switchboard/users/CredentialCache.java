package io.switchboard.users;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recently verified username and password pairs, so that a Basic caller pays the 600,000-iteration hash once per
 * {@code ttl} rather than on every request (and password guessing cannot starve the API of CPU).
 * <p>
 * Entries are keyed by HMAC-SHA256 of username and password under a random key of this process: the password is
 * never kept, and the key cannot be tested offline. An entry remembers the stored hash it was verified against, so
 * the caller (see {@link PasswordSignIn}) can tell a changed password at once. At most {@code capacity} entries are
 * kept; the oldest go first. Thread-safe.
 */
public final class CredentialCache {

    /** What was verified: whose credential, against which stored hash, until when it may be trusted. */
    public record Entry(String username, String passwordHash, Instant expires) {}

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration ttl;
    private final int capacity;
    /** Insertion order is expiry order (one ttl for all): the eldest entry expires first. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    public CredentialCache(Duration ttl, int capacity) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.ttl = ttl;
        this.capacity = capacity;
    }

    /** The unexpired entry for exactly this username and password, if one was remembered. */
    public synchronized Optional<Entry> find(String username, String password, Instant now) {
        String id = id(username, password);
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.expires())) {
            entries.remove(id);
            return Optional.empty();
        }
        return entry.username().equals(username) ? Optional.of(entry) : Optional.empty();
    }

    /** Remembers a pair that was just verified against {@code passwordHash}; only ever called on success. */
    public synchronized void remember(String username, String password, String passwordHash, Instant now) {
        String id = id(username, password);
        entries.remove(id);
        dropExpired(now);
        while (entries.size() >= capacity) {
            Iterator<String> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        entries.put(id, new Entry(username, passwordHash, now.plus(ttl)));
    }

    /** Forgets every entry of the user (password changed or user disabled on this instance). */
    public synchronized void forget(String username) {
        entries.values().removeIf(entry -> entry.username().equals(username));
    }

    public synchronized int size() {
        return entries.size();
    }

    private void dropExpired(Instant now) {
        Iterator<Map.Entry<String, Entry>> iterator = entries.entrySet().iterator();
        while (iterator.hasNext() && !now.isBefore(iterator.next().getValue().expires())) {
            iterator.remove();
        }
    }

    private String id(String username, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            // A separator that neither part can contain unnoticed: the username's length.
            mac.update((byte) 0);
            mac.update(Integer.toString(username.length()).getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
