package io.switchboard.hours.logic;

import io.switchboard.platform.InvalidInputException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules a working-hours period must keep; each broken rule names the request field it comes from. */
public final class WorkingHoursRules {

    private static final int MINUTES_PER_WEEK = 7 * WorkingInterval.MINUTES_PER_DAY;

    private WorkingHoursRules() {}

    /** The time zone of an IANA id such as Europe/Zagreb. */
    public static ZoneId zone(String field, String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + id + "' is not a time zone id such as Europe/Zagreb");
        }
    }

    /**
     * Checks intervals (end after start, at most 24 hours, no overlap within the week including across midnight and
     * from Sunday into Monday) and holidays (end date not before start date).
     */
    public static void check(Map<DayOfWeek, List<WorkingInterval>> days, List<Holiday> holidays) {
        List<Placed> placed = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingInterval> intervals = days.getOrDefault(day, List.of());
            for (int i = 0; i < intervals.size(); i++) {
                WorkingInterval interval = intervals.get(i);
                String field = "days." + day + "[" + i + "]";
                int start = interval.startMinute();
                int end = interval.endMinute();
                if (end <= start) {
                    throw new InvalidInputException(
                            field + ".end",
                            "must be after start " + interval.start()
                                    + " (an interval past midnight ends the next day)");
                }
                if (end - start > WorkingInterval.MINUTES_PER_DAY) {
                    throw new InvalidInputException(
                            field + ".end",
                            "an interval ending the next day must not end after its start time (24 hours at most)");
                }
                int offset = day.ordinal() * WorkingInterval.MINUTES_PER_DAY;
                Placed current = new Placed(field, offset + start, offset + end);
                for (Placed other : placed) {
                    if (overlap(current, other.start(), other.end())
                            // Sunday night runs into Monday morning.
                            || overlap(current, other.start() + MINUTES_PER_WEEK, other.end() + MINUTES_PER_WEEK)
                            || overlap(current, other.start() - MINUTES_PER_WEEK, other.end() - MINUTES_PER_WEEK)) {
                        throw new InvalidInputException(field, "overlaps " + other.field());
                    }
                }
                placed.add(current);
            }
        }
        for (int i = 0; i < holidays.size(); i++) {
            Holiday holiday = holidays.get(i);
            if (holiday.endDate().isBefore(holiday.startDate())) {
                throw new InvalidInputException(
                        "holidays[" + i + "].endDate",
                        "must not be before startDate " + holiday.startDate() + " (the end date is included)");
            }
        }
    }

    private record Placed(String field, int start, int end) {}

    private static boolean overlap(Placed placed, int start, int end) {
        return placed.start() < end && start < placed.end();
    }
}
