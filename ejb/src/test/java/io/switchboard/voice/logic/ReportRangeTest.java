package io.switchboard.voice.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportRangeTest {

    private static final ZoneId ZAGREB = ZoneId.of("Europe/Zagreb");

    @Test
    void daysAreTheZonesCalendarDays() {
        ReportRange range = new ReportRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), ZAGREB);
        assertThat(range.start()).isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
        assertThat(range.end()).isEqualTo(Instant.parse("2026-11-03T23:00:00Z"));
        assertThat(range.days()).isEqualTo(2);
        // 23:30 UTC on 2 November is already 3 November in Zagreb.
        assertThat(range.bucketOf(Instant.parse("2026-11-02T23:30:00Z"), Bucketing.DAY))
                .isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(range.contains(Instant.parse("2026-11-01T22:59:59Z"))).isFalse();
        assertThat(range.contains(Instant.parse("2026-11-01T23:00:00Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2026-11-03T23:00:00Z"))).isFalse();
    }

    @Test
    void theDayTheClocksGoBackHas25Hours() {
        ReportRange range = new ReportRange(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25), ZAGREB);
        assertThat(Duration.between(range.start(), range.end())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void weeksStartOnMondayAndCoverEveryDayOfTheRange() {
        // Thursday 5 November to Tuesday 17 November 2026.
        ReportRange range = new ReportRange(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 17), ZAGREB);
        assertThat(range.buckets(Bucketing.WEEK))
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
        assertThat(range.buckets(Bucketing.DAY)).hasSize(13);
        assertThat(range.bucketOf(Instant.parse("2026-11-15T12:00:00Z"), Bucketing.WEEK))
                .isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void longRangesDefaultToWeeks() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(ReportRange.lastDays(30, now, ZAGREB).defaultBucketing()).isEqualTo(Bucketing.DAY);
        assertThat(ReportRange.lastDays(62, now, ZAGREB).defaultBucketing()).isEqualTo(Bucketing.DAY);
        assertThat(ReportRange.lastDays(63, now, ZAGREB).defaultBucketing()).isEqualTo(Bucketing.WEEK);
        assertThat(ReportRange.lastDays(30, now, ZAGREB).to()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ReportRange.lastDays(30, now, ZAGREB).from()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void refusesBackwardsAndTooLongRanges() {
        assertThatThrownBy(() -> new ReportRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1), ZAGREB))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportRange(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2), ZAGREB))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReportRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), ZAGREB).days())
                .isEqualTo(366);
    }
}
