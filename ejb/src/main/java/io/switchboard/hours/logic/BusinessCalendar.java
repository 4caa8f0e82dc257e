package io.switchboard.hours.logic;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Business time of one working-hours period: weekly intervals in a time zone, minus holidays. Local times are
 * resolved in the zone day by day, so a DST change shortens or lengthens the intervals it falls into (a local time
 * in a spring-forward gap becomes the moment the clocks jump, one in a fall-back overlap its first occurrence). Adjacent
 * intervals (Monday 20:00–24:00 and Tuesday 00:00–06:00) are one stretch of working time.
 * <p>
 * A calendar without any interval has no working time: openings, closings and added working time are empty.
 */
public final class BusinessCalendar {

    private static final Duration UNBOUNDED_AFTER = Duration.ofDays(8);
    private static final int FIRST_SPAN_DAYS = 16;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingInterval>> days;
    private final List<Holiday> holidays;
    private final boolean anyWorkingTime;
    /** From here on no holiday applies, so the weekly pattern repeats. */
    private final Instant afterHolidays;

    /** A stretch of working time, [start, end). */
    record Window(Instant start, Instant end) {
        Duration length() {
            return Duration.between(start, end);
        }
    }

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> days, List<Holiday> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        Map<DayOfWeek, List<WorkingInterval>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, intervals) -> copy.put(
                day,
                intervals.stream()
                        .sorted(Comparator.comparing(WorkingInterval::start))
                        .toList()));
        this.days = copy;
        this.holidays = holidays.stream()
                .sorted(Comparator.comparing(Holiday::startDate))
                .toList();
        this.anyWorkingTime = copy.values().stream().anyMatch(list -> !list.isEmpty());
        this.afterHolidays = this.holidays.stream()
                .map(h -> h.endDate().plusDays(1).atStartOfDay(zone).toInstant())
                .max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
    }

    /** Open all week, every day from 00:00 to 24:00, without holidays. */
    public static BusinessCalendar alwaysOpen(ZoneId zone) {
        return new BusinessCalendar(zone, alwaysOpenDays(), List.of());
    }

    /** Every day from 00:00 to 24:00. */
    public static Map<DayOfWeek, List<WorkingInterval>> alwaysOpenDays() {
        Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(WorkingInterval.of("00:00", "24:00")));
        }
        return days;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isOpenAt(Instant at) {
        LocalDate day = localDate(at);
        return windows(day.minusDays(1), day).stream()
                .anyMatch(w -> !w.start().isAfter(at) && w.end().isAfter(at));
    }

    /** The first moment after {@code after} at which working time starts after non-working time; empty if never. */
    public Optional<Instant> nextOpening(Instant after) {
        if (!anyWorkingTime) {
            return Optional.empty();
        }
        LocalDate first = localDate(after).minusDays(1);
        LocalDate limit = localDate(latest(after, afterHolidays)).plusDays(FIRST_SPAN_DAYS);
        for (LocalDate last = first.plusDays(FIRST_SPAN_DAYS); ; last = last.plusDays(FIRST_SPAN_DAYS)) {
            Optional<Instant> opening = windows(first, last).stream()
                    .map(Window::start)
                    .filter(start -> start.isAfter(after))
                    .findFirst();
            // Past the holidays a full week without an opening repeats forever: open all the time.
            if (opening.isPresent() || !last.isBefore(limit)) {
                return opening;
            }
        }
    }

    /** The first moment after {@code after} at which working time ends; empty if it never does (open 24/7). */
    public Optional<Instant> nextClosing(Instant after) {
        if (!anyWorkingTime) {
            return Optional.empty();
        }
        LocalDate first = localDate(after).minusDays(1);
        for (LocalDate last = first.plusDays(FIRST_SPAN_DAYS); ; last = last.plusDays(FIRST_SPAN_DAYS)) {
            Instant rangeEnd = last.plusDays(1).atStartOfDay(zone).toInstant();
            for (Window window : windows(first, last)) {
                if (!window.end().isAfter(after)) {
                    continue;
                }
                if (window.end().isBefore(rangeEnd)) {
                    return Optional.of(window.end());
                }
                if (unbounded(window)) {
                    return Optional.empty();
                }
                break;
            }
        }
    }

    /** The moment {@code minutes} working minutes after {@code start}; empty when there is no working time. */
    public Optional<Instant> addWorkingMinutes(Instant start, long minutes) {
        return addWorkingTime(start, Duration.ofMinutes(minutes));
    }

    /**
     * The moment {@code amount} of working time after {@code start}, counting only working time; zero gives
     * {@code start} itself. Empty when the calendar has no working time.
     */
    public Optional<Instant> addWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return Optional.of(start);
        }
        if (!anyWorkingTime) {
            return Optional.empty();
        }
        LocalDate first = localDate(start).minusDays(1);
        Instant from = start;
        Duration remaining = amount;
        for (LocalDate next = first, last = first.plusDays(FIRST_SPAN_DAYS); ; ) {
            Instant rangeEnd = last.plusDays(1).atStartOfDay(zone).toInstant();
            for (Window window : windows(next, last)) {
                if (!window.end().isAfter(from)) {
                    continue;
                }
                Instant begin = latest(window.start(), from);
                boolean clipped = !window.end().isBefore(rangeEnd);
                if (clipped && unbounded(window)) {
                    return Optional.of(begin.plus(remaining));
                }
                Instant end = clipped ? rangeEnd : window.end();
                Duration available = Duration.between(begin, end);
                if (available.compareTo(remaining) >= 0) {
                    return Optional.of(begin.plus(remaining));
                }
                remaining = remaining.minus(available);
                from = end;
            }
            // Continue from the last counted moment; a window cut at the range end is picked up again.
            next = localDate(from).minusDays(1);
            last = last.plusDays(FIRST_SPAN_DAYS);
        }
    }

    /** Whole working minutes in [a, b); {@code b} must not be before {@code a}. */
    public long workingMinutesBetween(Instant a, Instant b) {
        return workingTimeBetween(a, b).toMinutes();
    }

    /** Working time in [a, b); {@code b} must not be before {@code a}. */
    public Duration workingTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            throw new IllegalArgumentException(b + " is before " + a);
        }
        Duration total = Duration.ZERO;
        for (Window window : windows(localDate(a).minusDays(1), localDate(b))) {
            Instant start = latest(window.start(), a);
            Instant end = window.end().isBefore(b) ? window.end() : b;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    // A window reaching the end of the searched range that already covers more than a week past the last holiday
    // never ends: the weekly pattern has no gap.
    private boolean unbounded(Window window) {
        Instant from = latest(window.start(), afterHolidays);
        return window.end().isAfter(from)
                && Duration.between(from, window.end()).compareTo(UNBOUNDED_AFTER) >= 0;
    }

    /** Merged working windows of the intervals that start on the days {@code first..last}, minus holidays. */
    List<Window> windows(LocalDate first, LocalDate last) {
        List<Window> pieces = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingInterval interval : days.getOrDefault(day.getDayOfWeek(), List.of())) {
                Instant start = resolve(day, interval.start());
                int endMinute = interval.endMinute();
                Instant end;
                if (endMinute == WorkingInterval.MINUTES_PER_DAY) {
                    end = day.plusDays(1).atStartOfDay(zone).toInstant();
                } else if (endMinute > WorkingInterval.MINUTES_PER_DAY) {
                    end = resolve(day.plusDays(1), interval.end());
                } else {
                    end = resolve(day, interval.end());
                }
                if (!end.isAfter(start)) {
                    // Swallowed by a spring-forward gap (02:00-03:00 on the day clocks jump from 02:00 to 03:00).
                    continue;
                }
                subtractHolidays(new Window(start, end), pieces);
            }
        }
        pieces.sort(Comparator.comparing(Window::start));
        List<Window> merged = new ArrayList<>();
        for (Window piece : pieces) {
            Window previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !piece.start().isAfter(previous.end())) {
                if (piece.end().isAfter(previous.end())) {
                    merged.set(merged.size() - 1, new Window(previous.start(), piece.end()));
                }
            } else {
                merged.add(piece);
            }
        }
        return merged;
    }

    private void subtractHolidays(Window window, List<Window> into) {
        Instant start = window.start();
        Instant end = window.end();
        for (Holiday holiday : holidays) {
            if (!start.isBefore(end)) {
                return;
            }
            Instant holidayStart = holiday.startDate().atStartOfDay(zone).toInstant();
            Instant holidayEnd =
                    holiday.endDate().plusDays(1).atStartOfDay(zone).toInstant();
            if (!holidayEnd.isAfter(start) || !holidayStart.isBefore(end)) {
                continue;
            }
            if (holidayStart.isAfter(start)) {
                into.add(new Window(start, holidayStart));
            }
            start = latest(start, holidayEnd);
        }
        if (start.isBefore(end)) {
            into.add(new Window(start, end));
        }
    }

    // A local time skipped by a spring-forward gap starts when the clocks jump (the first existing moment after it);
    // one repeated by a fall-back overlap is its first occurrence.
    private Instant resolve(LocalDate day, LocalTime time) {
        LocalDateTime local = day.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.of(local, zone).toInstant();
    }

    private LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
