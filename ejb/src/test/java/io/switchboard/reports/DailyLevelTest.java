package io.switchboard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.reports.logic.LocalDays;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The daily level (report_day) gives the same figures as the hours it is made of: a local day's row sums the hours
 * that start in it (hour_start from the day's first instant up to the next day's), which are exactly the hours the
 * hourly report folded into that day; and every column of report_hour is carried over.
 */
class DailyLevelTest {

    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Asia/Kathmandu"),
            ZoneId.of("Pacific/Chatham"),
            ZoneId.of("Australia/Lord_Howe"));

    @Test
    void aDaysHoursAreTheHoursFoldedIntoItAcrossAYearAndItsClockChanges() {
        Instant first = Instant.parse("2025-12-01T00:00:00Z");
        Instant last = Instant.parse("2027-01-01T00:00:00Z");
        for (ZoneId zone : ZONES) {
            for (Instant hour = first; hour.isBefore(last); hour = hour.plusSeconds(3600)) {
                LocalDate folded = LocalDays.dayOf(hour, zone);
                // The day the rollup sums the hour into: the one whose [start, end) holds the hour's start.
                assertTrue(
                        !hour.isBefore(LocalDays.start(folded, zone)) && hour.isBefore(LocalDays.end(folded, zone)),
                        zone + " " + hour);
                assertTrue(
                        hour.isBefore(LocalDays.start(folded.plusDays(1), zone))
                                && !hour.isBefore(LocalDays.end(folded.minusDays(1), zone)),
                        zone + " " + hour);
            }
        }
    }

    @Test
    void aSpanOfDaysHasTheSameHoursAsTheSpanOfInstants() {
        for (ZoneId zone : ZONES) {
            LocalDate from = LocalDate.parse("2026-01-01");
            LocalDate to = LocalDate.parse("2026-12-31");
            List<Instant> viaDays = new ArrayList<>();
            for (LocalDate day : LocalDays.days(from, to)) {
                viaDays.addAll(hoursStartingIn(LocalDays.start(day, zone), LocalDays.end(day, zone)));
            }
            assertEquals(hoursStartingIn(LocalDays.start(from, zone), LocalDays.end(to, zone)), viaDays, zone.getId());
        }
    }

    @Test
    void rollingUpHoursRebuildsEveryDayTheyStartIn() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 22:00 and 23:00 UTC on 30 November are 23:00 on the 30th and midnight on 1 December in Berlin.
        assertEquals(
                List.of(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-01")),
                LocalDays.touchedBy(
                        Instant.parse("2026-11-30T22:00:00Z"), Instant.parse("2026-11-30T23:00:00Z"), berlin));
        assertEquals(
                List.of(LocalDate.parse("2026-12-01")),
                LocalDays.touchedBy(
                        Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T12:00:00Z"), berlin));
    }

    @Test
    void reportDayAndTheRollupsInsertHaveEveryColumnOfReportHour() {
        Set<String> hourColumns = columns(ReportHour.class);
        hourColumns.remove("hour_start");
        Set<String> dayColumns = columns(ReportDay.class);
        dayColumns.remove("local_day");
        // Which slice a day's row is of (the hours have every dimension: slice ALL).
        dayColumns.remove("slice");
        assertEquals(hourColumns, dayColumns);
        // The rollup's insert of a day groups by the key columns and sums the others: all of them.
        Set<String> rolled = new HashSet<>();
        for (String column : (ReportRollup.KEY_COLUMNS + ", " + ReportRollup.SUMMED_COLUMNS).split(",")) {
            rolled.add(column.strip());
        }
        assertEquals(hourColumns, rolled);
    }

    private static Set<String> columns(Class<?> entity) {
        Set<String> columns = new HashSet<>();
        // The entity's own columns and those it inherits (ReportCells).
        for (Class<?> type = entity; type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Id.class)) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                columns.add(column == null || column.name().isEmpty() ? field.getName() : column.name());
            }
        }
        return columns;
    }

    private static List<Instant> hoursStartingIn(Instant from, Instant to) {
        List<Instant> hours = new ArrayList<>();
        for (Instant hour = LocalDays.hourOf(from); hour.isBefore(to); hour = hour.plusSeconds(3600)) {
            if (!hour.isBefore(from)) {
                hours.add(hour);
            }
        }
        return hours;
    }
}
