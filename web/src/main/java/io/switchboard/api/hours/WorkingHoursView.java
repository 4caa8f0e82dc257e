package io.switchboard.api.hours;

import io.switchboard.hours.PeriodInterval;
import io.switchboard.hours.WorkingHoursPeriod;
import io.switchboard.hours.logic.WorkingInterval;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A working-hours period as the API shows it: every weekday listed, switched-off days with no intervals. */
public record WorkingHoursView(
        long id,
        String name,
        String timeZone,
        Map<String, List<IntervalView>> days,
        List<HolidayView> holidays,
        String awayMessage,
        boolean closeAfterAwayMessage,
        boolean defaultPeriod,
        long queues) {

    /** One interval; {@code end} 24:00 is midnight. */
    public record IntervalView(String start, String end, boolean endsNextDay) {}

    /** One holiday, both dates included. */
    public record HolidayView(String name, String startDate, String endDate) {}

    public static WorkingHoursView of(WorkingHoursPeriod period, long queues) {
        Map<String, List<IntervalView>> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name(), new ArrayList<>());
        }
        for (PeriodInterval interval : period.getIntervals()) {
            WorkingInterval working =
                    new WorkingInterval(interval.getStart(), interval.getEnd(), interval.isEndsNextDay());
            days.get(interval.getDay().name())
                    .add(new IntervalView(interval.getStart().toString(), working.endText(), interval.isEndsNextDay()));
        }
        return new WorkingHoursView(
                period.getId(),
                period.getName(),
                period.getTimeZone(),
                days,
                period.getHolidays().stream()
                        .map(h -> new HolidayView(
                                h.getName(),
                                h.getStartDate().toString(),
                                h.getEndDate().toString()))
                        .toList(),
                period.getAwayMessage(),
                period.isCloseAfterAwayMessage(),
                period.isDefaultPeriod(),
                queues);
    }
}
