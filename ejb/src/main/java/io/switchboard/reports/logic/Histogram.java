package io.switchboard.reports.logic;

import java.util.Arrays;

/**
 * A duration distribution in {@link DurationBuckets}: how many, their total seconds, and the count per bucket.
 * Percentiles are read from the buckets by linear interpolation inside the bucket the rank falls in, so they are exact
 * to within that bucket's width (30 s below 2 minutes, 5 minutes around 10 minutes, an hour around 2 hours).
 */
public final class Histogram {

    private final long[] counts = new long[DurationBuckets.COUNT];
    private long n;
    private long totalSeconds;

    public void add(long seconds) {
        long s = Math.max(0, seconds);
        counts[DurationBuckets.of(s)]++;
        n++;
        totalSeconds += s;
    }

    /** Adds a pre-aggregated row: {@code n} durations summing to {@code totalSeconds} spread over {@code buckets}. */
    public void add(long n, long totalSeconds, long[] buckets) {
        if (buckets.length != DurationBuckets.COUNT) {
            throw new IllegalArgumentException("expected " + DurationBuckets.COUNT + " buckets");
        }
        for (int i = 0; i < buckets.length; i++) {
            counts[i] += buckets[i];
        }
        this.n += n;
        this.totalSeconds += totalSeconds;
    }

    public void add(Histogram other) {
        add(other.n, other.totalSeconds, other.counts);
    }

    public long count() {
        return n;
    }

    public long totalSeconds() {
        return totalSeconds;
    }

    public long[] buckets() {
        return Arrays.copyOf(counts, counts.length);
    }

    /** The mean in seconds, or null when empty. */
    public Long meanSeconds() {
        return n == 0 ? null : Math.round((double) totalSeconds / n);
    }

    /**
     * The {@code p}-th percentile (0 < p < 1) in seconds, or null when empty: the duration below which a share
     * {@code p} of the durations fall, interpolated inside its bucket.
     */
    public Long percentileSeconds(double p) {
        if (p <= 0 || p >= 1) {
            throw new IllegalArgumentException("p must be between 0 and 1");
        }
        long total = Arrays.stream(counts).sum();
        if (total == 0) {
            return null;
        }
        double rank = p * total;
        long below = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && below + counts[i] >= rank) {
                double within = (rank - below) / counts[i];
                long lower = DurationBuckets.lower(i);
                return Math.round(lower + within * (DurationBuckets.upper(i) - lower));
            }
            below += counts[i];
        }
        return DurationBuckets.upper(counts.length - 1);
    }

    public Long medianSeconds() {
        return percentileSeconds(0.5);
    }

    public Long p90Seconds() {
        return percentileSeconds(0.9);
    }
}
