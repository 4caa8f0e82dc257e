package io.switchboard.api.hours;

import io.switchboard.hours.logic.Holiday;
import io.switchboard.hours.logic.PeriodDefinition;
import io.switchboard.hours.logic.WorkingHoursRules;
import io.switchboard.hours.logic.WorkingInterval;
import io.switchboard.platform.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns a request into a period definition, naming the field of each unreadable value. */
public final class WorkingHoursDefinitions {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

    private WorkingHoursDefinitions() {}

    public static PeriodDefinition of(WorkingHoursRequest request) {
        Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
        if (request.days != null) {
            for (Map.Entry<String, List<WorkingHoursRequest.IntervalRequest>> entry : request.days.entrySet()) {
                DayOfWeek day = day(entry.getKey());
                List<WorkingInterval> intervals = new ArrayList<>();
                List<WorkingHoursRequest.IntervalRequest> given =
                        entry.getValue() == null ? List.of() : entry.getValue();
                for (int i = 0; i < given.size(); i++) {
                    String field = "days." + day + "[" + i + "]";
                    WorkingHoursRequest.IntervalRequest interval = given.get(i);
                    if (interval == null) {
                        throw new InvalidInputException(field, "must not be null");
                    }
                    LocalTime start = time(field + ".start", interval.start);
                    if (start.equals(LocalTime.MIDNIGHT) && "24:00".equals(interval.start)) {
                        throw new InvalidInputException(field + ".start", "must be 00:00 to 23:59");
                    }
                    intervals.add(new WorkingInterval(start, time(field + ".end", interval.end), interval.endsNextDay));
                }
                days.put(day, intervals);
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        if (request.holidays != null) {
            for (int i = 0; i < request.holidays.size(); i++) {
                WorkingHoursRequest.HolidayRequest holiday = request.holidays.get(i);
                String field = "holidays[" + i + "]";
                if (holiday == null) {
                    throw new InvalidInputException(field, "must not be null");
                }
                holidays.add(new Holiday(
                        holiday.name,
                        date(field + ".startDate", holiday.startDate),
                        date(field + ".endDate", holiday.endDate)));
            }
        }
        return new PeriodDefinition(
                request.name.trim(),
                WorkingHoursRules.zone("timeZone", request.timeZone.trim()),
                days,
                holidays,
                request.awayMessage,
                request.closeAfterAwayMessage,
                request.defaultPeriod);
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("days." + name, "must be a weekday: MONDAY to SUNDAY");
        }
    }

    private static LocalTime time(String field, String text) {
        if (text == null || !TIME.matcher(text).matches()) {
            throw new InvalidInputException(field, "must be a time HH:mm (00:00 to 24:00)");
        }
        return WorkingInterval.parseEnd(text);
    }

    private static LocalDate date(String field, String text) {
        if (text == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date yyyy-MM-dd");
        }
    }
}
