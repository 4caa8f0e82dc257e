package io.switchboard.reports.logic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic of agent utilization: a status period cut into UTC hours (the report's pre-aggregates), hours into
 * the account's local days, and occupancy.
 */
public final class AgentTime {

    private static final Duration HOUR = Duration.ofHours(1);

    private AgentTime() {}

    /**
     * The whole seconds of the period [start, end) inside [from, to); a period going on (end null) counts up to
     * {@code now}. Zero when they do not overlap.
     */
    public static long secondsIn(Instant start, Instant end, Instant now, Instant from, Instant to) {
        Instant stop = end != null ? end : now;
        Instant a = start.isAfter(from) ? start : from;
        Instant b = stop.isBefore(to) ? stop : to;
        return b.isAfter(a) ? Duration.between(a, b).toSeconds() : 0;
    }

    /** The period's seconds per UTC hour it touches (hours with none left out), in order. */
    public static Map<Instant, Long> perHour(Instant start, Instant end, Instant now) {
        Map<Instant, Long> hours = new LinkedHashMap<>();
        Instant stop = end != null ? end : now;
        for (Instant hour = LocalDays.hourOf(start); hour.isBefore(stop); hour = hour.plus(HOUR)) {
            long seconds = secondsIn(start, end, now, hour, hour.plus(HOUR));
            if (seconds > 0) {
                hours.put(hour, seconds);
            }
        }
        return hours;
    }

    /** The period's seconds per local day of the zone, as the report adds them up: each UTC hour in its first day. */
    public static Map<LocalDate, Long> perLocalDay(Instant start, Instant end, Instant now, ZoneId zone) {
        Map<LocalDate, Long> days = new TreeMap<>();
        perHour(start, end, now)
                .forEach((hour, seconds) -> days.merge(LocalDays.dayOf(hour, zone), seconds, Long::sum));
        return days;
    }

    /**
     * Occupancy in percent, one decimal: the share of signed-in time (Available, Busy and Away groups) during which
     * a conversation or call occupied the agent; null when they were never signed in. Never above 100.
     */
    public static Double occupancyPercent(long occupiedSeconds, long signedInSeconds) {
        if (signedInSeconds <= 0) {
            return null;
        }
        long occupied = Math.max(0, Math.min(occupiedSeconds, signedInSeconds));
        return Math.round(1000.0 * occupied / signedInSeconds) / 10.0;
    }
}
