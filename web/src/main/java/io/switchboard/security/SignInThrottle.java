package io.switchboard.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed password sign-ins per username and per client address in a sliding window: after {@code limit}
 * failures within {@code window} for either, further sign-ins wait until the oldest of them leaves the window.
 * <p>
 * In memory, per instance (several instances behind a balancer each allow {@code limit}). Bounded: each key keeps
 * at most {@code limit} timestamps, keys without a failure in the window are dropped, and beyond {@code capacity}
 * keys the least recently used go first. Thread-safe.
 */
final class SignInThrottle {

    /** Longer usernames are cut to this for the key: an attacker's huge names cannot inflate memory. */
    private static final int KEY_LENGTH = 200;

    private final int limit;
    private final Duration window;
    private final int capacity;
    /** Access order: the eldest entry is the least recently used key. */
    private final LinkedHashMap<String, ArrayDeque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

    SignInThrottle(int limit, Duration window, int capacity) {
        this.limit = limit;
        this.window = window;
        this.capacity = capacity;
    }

    static String userKey(String username) {
        String name = username == null ? "" : username;
        return "user:" + (name.length() > KEY_LENGTH ? name.substring(0, KEY_LENGTH) : name);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** How long a sign-in for these keys must wait (the longest of them), or empty when it may be tried now. */
    synchronized Optional<Duration> retryAfter(Instant now, String... keys) {
        Duration longest = null;
        for (String key : keys) {
            ArrayDeque<Instant> times = failures.get(key);
            if (times == null) {
                continue;
            }
            forgetOld(times, now);
            if (times.size() >= limit) {
                Duration wait = Duration.between(now, times.peekFirst().plus(window));
                longest = longest == null || wait.compareTo(longest) > 0 ? wait : longest;
            }
        }
        return Optional.ofNullable(longest);
    }

    /** Counts one failure for each key; answers the keys this failure blocked (each is reported once per block). */
    synchronized List<String> failed(Instant now, String... keys) {
        dropIdle(now);
        List<String> blocked = new ArrayList<>();
        for (String key : keys) {
            ArrayDeque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>(limit));
            forgetOld(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
            if (times.size() == limit) {
                blocked.add(key);
            }
        }
        while (failures.size() > capacity) {
            Iterator<String> eldest = failures.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return blocked;
    }

    /** A successful sign-in clears the failures of its username (never of its address). */
    synchronized void succeeded(String userKey) {
        failures.remove(userKey);
    }

    synchronized int size() {
        return failures.size();
    }

    private void forgetOld(ArrayDeque<Instant> times, Instant now) {
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    /** Drops least-recently-used keys whose every failure has left the window. */
    private void dropIdle(Instant now) {
        Iterator<Map.Entry<String, ArrayDeque<Instant>>> iterator =
                failures.entrySet().iterator();
        Instant start = now.minus(window);
        int checked = 0;
        // A few per call keeps each call cheap; every call moves the oldest forward.
        while (iterator.hasNext() && checked++ < 16) {
            ArrayDeque<Instant> times = iterator.next().getValue();
            if (times.isEmpty() || !times.peekLast().isAfter(start)) {
                iterator.remove();
            }
        }
    }
}
