package io.switchboard.api.hours;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A working-hours period. {@code days} maps weekday names (MONDAY..SUNDAY) to intervals; a day left out or empty is
 * switched off. Times are HH:mm; an end of 24:00 is midnight, and {@code endsNextDay} makes an interval run past
 * midnight (22:00 to 06:00). Holiday dates are yyyy-MM-dd, both included.
 */
public class WorkingHoursRequest {

    @NotBlank
    @Size(max = 100)
    public String name;

    /** An IANA time zone id, e.g. Europe/Zagreb; holidays and intervals are in it. */
    @NotBlank
    @Size(max = 64)
    public String timeZone;

    @Size(max = 7)
    public Map<String, @Size(max = 24) List<IntervalRequest>> days;

    @Size(max = 366)
    public List<@Valid HolidayRequest> holidays;

    @Size(max = 4000)
    public String awayMessage;

    public boolean closeAfterAwayMessage;

    /** True makes this period the default (for queues created from now on). */
    public boolean defaultPeriod;

    /** One working interval. */
    public static class IntervalRequest {
        public String start;
        public String end;
        public boolean endsNextDay;
    }

    /** One holiday. */
    public static class HolidayRequest {
        @Size(max = 100)
        public String name;

        public String startDate;
        public String endDate;
    }
}
