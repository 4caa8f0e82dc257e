package io.switchboard.reports.logic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Days in the account's time zone and the UTC hours that make them: a report asks for whole local days, reads the
 * hourly pre-aggregates of the hours in between and adds each hour to the local day it starts in. A day has 23 or 25
 * hours on daylight-saving changes. In zones whose offset is not whole hours (India, +05:30) an hour straddles two local
 * days and is counted in the one it starts in.
 */
public final class LocalDays {

    private LocalDays() {}

    /** The first instant of {@code from} in the zone. */
    public static Instant start(LocalDate from, ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} (inclusive) in the zone. */
    public static Instant end(LocalDate to, ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The days from {@code from} to {@code to}, both included. */
    public static List<LocalDate> days(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** The local day an hour (or any instant) falls in. */
    public static LocalDate dayOf(Instant at, ZoneId zone) {
        return ZonedDateTime.ofInstant(at, zone).toLocalDate();
    }

    /** The UTC hour an instant falls in: the pre-aggregates' key. */
    public static Instant hourOf(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), 3600) * 3600);
    }

    /** The UTC hours from the one {@code from} falls in up to (excluding) the one {@code to} falls in, plus that one. */
    public static List<Instant> hours(Instant from, Instant to) {
        List<Instant> hours = new ArrayList<>();
        for (Instant hour = hourOf(from); hour.isBefore(to); hour = hour.plusSeconds(3600)) {
            hours.add(hour);
        }
        return hours;
    }

    /**
     * The local days whose daily pre-aggregates change when the UTC hours {@code firstHour} to {@code lastHour} (both
     * included) are rolled up: each hour belongs to the day it starts in.
     */
    public static List<LocalDate> touchedBy(Instant firstHour, Instant lastHour, ZoneId zone) {
        return days(dayOf(firstHour, zone), dayOf(lastHour, zone));
    }
}
