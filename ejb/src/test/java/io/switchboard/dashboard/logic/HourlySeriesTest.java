package io.switchboard.dashboard.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.dashboard.logic.HourlySeries.Wait;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourlySeriesTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:20:00Z");

    @Test
    void twentyFourHoursEndWithTheRunningHour() {
        List<Instant> starts = HourlySeries.starts(NOW, 24);
        assertThat(starts).hasSize(24);
        assertThat(starts.get(0)).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(starts.get(23)).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(HourlySeries.since(NOW, 24)).isEqualTo(starts.get(0));
    }

    @Test
    void refusesLessThanOneHour() {
        assertThatThrownBy(() -> HourlySeries.starts(NOW, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsEachInstantInItsHourAndIgnoresThoseOutside() {
        int[] counts = HourlySeries.counts(
                List.of(
                        Instant.parse("2026-11-30T10:59:59Z"), // before the first hour
                        Instant.parse("2026-11-30T11:00:00Z"), // first hour, its first instant
                        Instant.parse("2026-11-30T11:59:59Z"),
                        Instant.parse("2026-12-01T10:00:00Z"), // running hour
                        Instant.parse("2026-12-01T10:20:00Z"), // now
                        Instant.parse("2026-12-01T10:20:01Z")), // future
                NOW,
                24);
        assertThat(counts[0]).isEqualTo(2);
        assertThat(counts[23]).isEqualTo(2);
        assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(4);
    }

    @Test
    void meanWaitCountsUnansweredConversationsUntilNow() {
        long[] means = HourlySeries.meanWaitSeconds(
                List.of(
                        new Wait(Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:01:00Z")),
                        new Wait(Instant.parse("2026-12-01T10:10:00Z"), null)),
                NOW,
                24);
        // (60 s + 600 s) / 2
        assertThat(means[23]).isEqualTo(330);
        assertThat(means[22]).isZero();
    }

    @Test
    void meanWaitBucketsByTheHourTheConversationStarted() {
        long[] means = HourlySeries.meanWaitSeconds(
                List.of(new Wait(Instant.parse("2026-12-01T09:59:00Z"), Instant.parse("2026-12-01T10:01:00Z"))),
                NOW,
                24);
        assertThat(means[22]).isEqualTo(120);
        assertThat(means[23]).isZero();
    }

    @Test
    void meanWaitIgnoresConversationsOlderThanTheSeries() {
        long[] means =
                HourlySeries.meanWaitSeconds(List.of(new Wait(Instant.parse("2026-11-29T09:00:00Z"), null)), NOW, 24);
        assertThat(means).containsOnly(0L);
    }
}
