package io.switchboard.reports.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void bucketsAreFinerForMinutesThanForDays() {
        assertEquals(0, DurationBuckets.of(0));
        assertEquals(0, DurationBuckets.of(29));
        assertEquals(1, DurationBuckets.of(30));
        assertEquals(5, DurationBuckets.of(300));
        assertEquals(5, DurationBuckets.of(599));
        assertEquals(DurationBuckets.COUNT - 1, DurationBuckets.of(30L * 86_400));
        assertEquals(0, DurationBuckets.of(-5), "a negative duration (clocks out of step) counts as zero");
        assertEquals("5–10 min", DurationBuckets.label(5));
    }

    @Test
    void anEmptyHistogramHasNoPercentiles() {
        Histogram empty = new Histogram();
        assertNull(empty.medianSeconds());
        assertNull(empty.p90Seconds());
        assertNull(empty.meanSeconds());
    }

    @Test
    void percentilesInterpolateInsideTheBucketTheRankFallsIn() {
        Histogram h = new Histogram();
        // Ten answers: nine within 5-10 minutes, one after an hour and a half.
        for (int i = 0; i < 9; i++) {
            h.add(400);
        }
        h.add(5_400);
        // Rank 5 of 9 in 300..600 s: 300 + 5/9 * 300.
        assertEquals(467, h.medianSeconds());
        // Rank 9 of 9 in the same bucket: its upper bound.
        assertEquals(600, h.p90Seconds());
        assertEquals(900, h.meanSeconds());
        assertEquals(10, h.count());
    }

    @Test
    void theMedianOfUniformMinutesIsCloseToTheExactOne() {
        Histogram h = new Histogram();
        for (int s = 0; s < 3_600; s += 10) {
            h.add(s);
        }
        // Exact median 1,795 s; the 30-45 min bucket is 900 s wide.
        long median = h.medianSeconds();
        assertEquals(1_795, median, 60);
        long p90 = h.p90Seconds();
        assertEquals(3_240, p90, 120);
    }

    @Test
    void preAggregatedRowsAddUp() {
        Histogram a = new Histogram();
        a.add(10);
        a.add(100);
        Histogram b = new Histogram();
        b.add(a.count(), a.totalSeconds(), a.buckets());
        b.add(a);
        assertEquals(4, b.count());
        assertEquals(220, b.totalSeconds());
        assertEquals(2, b.buckets()[0]);
        assertThrows(IllegalArgumentException.class, () -> b.add(1, 1, new long[3]));
        assertThrows(IllegalArgumentException.class, () -> b.percentileSeconds(1));
    }
}
