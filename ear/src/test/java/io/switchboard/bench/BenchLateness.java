package io.switchboard.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Benchmark only: how late each firing was (fire time minus due time), in 1 ms buckets up to a minute, without locks
 * so that recording never slows the firing it measures. Shared by the deadline handler and the EJB timers.
 */
final class BenchLateness {

    private static final int BUCKETS = 60_001;
    private static final AtomicLongArray HISTOGRAM = new AtomicLongArray(BUCKETS);
    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicLong FIRST_DUE = new AtomicLong(Long.MAX_VALUE);
    private static final AtomicLong LAST_FIRED = new AtomicLong();

    private BenchLateness() {}

    static void record(long dueMillis) {
        long now = System.currentTimeMillis();
        HISTOGRAM.incrementAndGet((int) Math.min(Math.max(now - dueMillis, 0), BUCKETS - 1));
        COUNT.incrementAndGet();
        FIRST_DUE.accumulateAndGet(dueMillis, Math::min);
        LAST_FIRED.accumulateAndGet(now, Math::max);
    }

    static void reset() {
        for (int i = 0; i < BUCKETS; i++) {
            HISTOGRAM.set(i, 0);
        }
        COUNT.set(0);
        FIRST_DUE.set(Long.MAX_VALUE);
        LAST_FIRED.set(0);
    }

    /** Lines {@code lateness-ms count}, one per non-empty 1 ms bucket (the last bucket holds all later ones). */
    static String histogram() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < BUCKETS; i++) {
            long n = HISTOGRAM.get(i);
            if (n > 0) {
                lines.append(i).append(' ').append(n).append('\n');
            }
        }
        return lines.toString();
    }

    /** {@code fired N p50 P p99 P max P span MS}: latenesses in ms; span from the first due to the last firing. */
    static String summary() {
        long count = COUNT.get();
        long p50 = -1;
        long p99 = -1;
        long max = -1;
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            long n = HISTOGRAM.get(i);
            if (n == 0) {
                continue;
            }
            seen += n;
            if (p50 < 0 && seen * 2 >= count) {
                p50 = i;
            }
            if (p99 < 0 && seen * 100 >= count * 99) {
                p99 = i;
            }
            max = i;
        }
        long span = count == 0 ? 0 : LAST_FIRED.get() - FIRST_DUE.get();
        return "fired " + count + " p50 " + p50 + " p99 " + p99 + " max " + max + " span " + span;
    }
}
