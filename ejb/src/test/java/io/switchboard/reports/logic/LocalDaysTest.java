package io.switchboard.reports.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalDaysTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aLocalDayStartsAtItsMidnightInTheZone() {
        LocalDate day = LocalDate.parse("2026-12-01");
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), LocalDays.start(day, BERLIN));
        assertEquals(Instant.parse("2026-12-01T23:00:00Z"), LocalDays.end(day, BERLIN));
    }

    @Test
    void anHourBelongsToTheLocalDayItStartsIn() {
        // 23:30 UTC on 30 November is 00:30 on 1 December in Berlin.
        assertEquals(LocalDate.parse("2026-12-01"), LocalDays.dayOf(Instant.parse("2026-11-30T23:30:00Z"), BERLIN));
        assertEquals(
                LocalDate.parse("2026-11-30"),
                LocalDays.dayOf(Instant.parse("2026-11-30T23:30:00Z"), ZoneId.of("UTC")));
    }

    @Test
    void theDaylightSavingDaysHave23And25Hours() {
        LocalDate spring = LocalDate.parse("2026-03-29");
        assertEquals(
                23,
                LocalDays.hours(LocalDays.start(spring, BERLIN), LocalDays.end(spring, BERLIN))
                        .size());
        LocalDate autumn = LocalDate.parse("2026-10-25");
        assertEquals(
                25,
                LocalDays.hours(LocalDays.start(autumn, BERLIN), LocalDays.end(autumn, BERLIN))
                        .size());
    }

    @Test
    void hoursAreUtcHours() {
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), LocalDays.hourOf(Instant.parse("2026-12-01T10:59:59Z")));
        assertEquals(
                3,
                LocalDays.days(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-12-01"))
                        .size());
    }
}
