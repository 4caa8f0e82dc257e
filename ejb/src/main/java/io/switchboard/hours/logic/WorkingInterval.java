package io.switchboard.hours.logic;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Working time that starts on one weekday: from {@code start} to {@code end} of the same day, or of the next day when
 * {@code endsNextDay} (an interval spanning midnight). An {@code end} of 00:00 on the same day means 24:00.
 */
public record WorkingInterval(LocalTime start, LocalTime end, boolean endsNextDay) {

    static final int MINUTES_PER_DAY = 24 * 60;

    public WorkingInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The interval on one day, from start to end. */
    public static WorkingInterval of(String start, String end) {
        return new WorkingInterval(LocalTime.parse(start), parseEnd(end), false);
    }

    /** An interval that starts on one day and ends on the next. */
    public static WorkingInterval overnight(String start, String end) {
        return new WorkingInterval(LocalTime.parse(start), LocalTime.parse(end), true);
    }

    /** Parses an end time, accepting 24:00 for the end of the day. */
    public static LocalTime parseEnd(String end) {
        return "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end);
    }

    /** Minutes from the start day's midnight to the start. */
    int startMinute() {
        return start.getHour() * 60 + start.getMinute();
    }

    /** Minutes from the start day's midnight to the end: beyond 1440 when the interval ends the next day. */
    int endMinute() {
        int minute = end.getHour() * 60 + end.getMinute();
        if (endsNextDay || minute == 0) {
            return minute + MINUTES_PER_DAY;
        }
        return minute;
    }

    /** The end as a supervisor reads it: 24:00 for midnight at the end of the start day. */
    public String endText() {
        return !endsNextDay && end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString();
    }
}
