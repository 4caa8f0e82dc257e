package io.switchboard.reports.logic;

import java.util.List;

/**
 * The 20 fixed buckets the hourly pre-aggregates count durations in (first response, resolution): finer where most
 * answers fall (minutes), coarser for days. Bucket {@code i} holds durations from {@code lower(i)} (inclusive) to
 * {@code upper(i)} (exclusive); the last is open-ended.
 */
public final class DurationBuckets {

    /** Lower bounds in seconds. */
    private static final long[] LOWER = {
        0, 30, 60, 120, 180, 300, 600, 900, 1_200, 1_800, 2_700, 3_600, 7_200, 10_800, 14_400, 28_800, 43_200, 86_400,
        172_800, 604_800
    };

    private static final List<String> LABELS = List.of(
            "< 30 s",
            "30 s–1 min",
            "1–2 min",
            "2–3 min",
            "3–5 min",
            "5–10 min",
            "10–15 min",
            "15–20 min",
            "20–30 min",
            "30–45 min",
            "45 min–1 h",
            "1–2 h",
            "2–3 h",
            "3–4 h",
            "4–8 h",
            "8–12 h",
            "12–24 h",
            "1–2 days",
            "2–7 days",
            "7 days or more");

    public static final int COUNT = LOWER.length;

    private DurationBuckets() {}

    /** The bucket of a duration; a negative one (clocks out of step) counts as zero. */
    public static int of(long seconds) {
        for (int i = COUNT - 1; i > 0; i--) {
            if (seconds >= LOWER[i]) {
                return i;
            }
        }
        return 0;
    }

    public static long lower(int bucket) {
        return LOWER[bucket];
    }

    /** The upper bound in seconds; the last bucket is given twice its lower bound for interpolation. */
    public static long upper(int bucket) {
        return bucket + 1 < COUNT ? LOWER[bucket + 1] : LOWER[bucket] * 2;
    }

    public static String label(int bucket) {
        return LABELS.get(bucket);
    }
}
