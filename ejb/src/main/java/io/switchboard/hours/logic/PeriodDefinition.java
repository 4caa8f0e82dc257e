package io.switchboard.hours.logic;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Everything a supervisor sets on a working-hours period; {@code makeDefault} makes it the default period. */
public record PeriodDefinition(
        String name,
        ZoneId zone,
        Map<DayOfWeek, List<WorkingInterval>> days,
        List<Holiday> holidays,
        String awayMessage,
        boolean closeAfterAwayMessage,
        boolean makeDefault) {}
