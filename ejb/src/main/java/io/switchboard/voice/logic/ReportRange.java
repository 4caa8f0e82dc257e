package io.switchboard.voice.logic;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report's dates, both included, as calendar days in a time zone (the account's): from the start of {@code from} to
 * the start of the day after {@code to} in that zone, so a day of a DST change has its 23 or 25 hours.
 *
 * @param from the first day
 * @param to   the last day (not before {@code from})
 * @param zone the zone whose calendar days are meant
 */
public record ReportRange(LocalDate from, LocalDate to, ZoneId zone) {

    /** The longest range a report covers: a year and a day (a leap year's 366 days). */
    public static final int MAX_DAYS = 366;

    public ReportRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("more than " + MAX_DAYS + " days");
        }
    }

    /** The last {@code days} days up to and including today in the zone. */
    public static ReportRange lastDays(int days, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return new ReportRange(today.minusDays(days - 1L), today, zone);
    }

    /** The first instant counted. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant no longer counted: the start of the day after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** How many days the range holds. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Days up to {@link Bucketing#DAYS_SHOWN_PER_DAY}, weeks beyond. */
    public Bucketing defaultBucketing() {
        return days() > Bucketing.DAYS_SHOWN_PER_DAY ? Bucketing.WEEK : Bucketing.DAY;
    }

    /** Whether the instant falls in the range. */
    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** The day, or the Monday of the week, an instant belongs to in the zone. */
    public LocalDate bucketOf(Instant at, Bucketing bucketing) {
        return bucketOf(at.atZone(zone).toLocalDate(), bucketing);
    }

    /** The day itself, or the Monday of its week. */
    public LocalDate bucketOf(LocalDate day, Bucketing bucketing) {
        return bucketStart(day, bucketing);
    }

    /** Whether the day is one of the range's. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Each point's first day, oldest first: every day, or the Monday of every week the range touches. */
    public List<LocalDate> buckets(Bucketing bucketing) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate day = bucketStart(from, bucketing); !day.isAfter(to); ) {
            starts.add(day);
            day = bucketing == Bucketing.DAY ? day.plusDays(1) : day.plusWeeks(1);
        }
        return starts;
    }

    private static LocalDate bucketStart(LocalDate day, Bucketing bucketing) {
        return bucketing == Bucketing.DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
