package io.switchboard.hours.logic;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingHoursRulesTest {

    static InvalidInputException refusal(Map<DayOfWeek, List<WorkingInterval>> days, List<Holiday> holidays) {
        try {
            WorkingHoursRules.check(days, holidays);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void acceptsTouchingIntervalsAndMidnightSpans() {
        assertThatCode(() -> WorkingHoursRules.check(
                        Map.of(
                                MONDAY,
                                        List.of(
                                                WorkingInterval.of("08:00", "12:00"),
                                                WorkingInterval.of("12:00", "24:00")),
                                TUESDAY,
                                        List.of(
                                                WorkingInterval.of("00:00", "06:00"),
                                                WorkingInterval.overnight("22:00", "22:00")),
                                SUNDAY, List.of(WorkingInterval.overnight("20:00", "00:00"))),
                        List.of(new Holiday("one day", LocalDate.parse("2025-05-30"), LocalDate.parse("2025-05-30")))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnInvertedIntervalNamingItsEnd() {
        InvalidInputException e = refusal(
                Map.of(MONDAY, List.of(WorkingInterval.of("08:00", "12:00"), WorkingInterval.of("16:00", "13:00"))),
                List.of());
        assertThat(e.getField()).isEqualTo("days.MONDAY[1].end");
        assertThat(e.getReason()).contains("after start");
    }

    @Test
    void refusesAnEmptyInterval() {
        assertThat(refusal(Map.of(MONDAY, List.of(WorkingInterval.of("08:00", "08:00"))), List.of())
                        .getField())
                .isEqualTo("days.MONDAY[0].end");
    }

    @Test
    void refusesAnOvernightIntervalLongerThanADay() {
        assertThat(refusal(Map.of(MONDAY, List.of(WorkingInterval.overnight("08:00", "09:00"))), List.of())
                        .getField())
                .isEqualTo("days.MONDAY[0].end");
    }

    @Test
    void refusesOverlapsOnOneDay() {
        InvalidInputException e = refusal(
                Map.of(MONDAY, List.of(WorkingInterval.of("08:00", "12:00"), WorkingInterval.of("11:00", "13:00"))),
                List.of());
        assertThat(e.getField()).isEqualTo("days.MONDAY[1]");
        assertThat(e.getReason()).isEqualTo("overlaps days.MONDAY[0]");
    }

    @Test
    void refusesAnOvernightIntervalOverlappingTheNextDay() {
        InvalidInputException e = refusal(
                Map.of(
                        MONDAY, List.of(WorkingInterval.overnight("22:00", "02:00")),
                        TUESDAY, List.of(WorkingInterval.of("01:00", "05:00"))),
                List.of());
        assertThat(e.getField()).isEqualTo("days.TUESDAY[0]");
        assertThat(e.getReason()).isEqualTo("overlaps days.MONDAY[0]");
    }

    @Test
    void refusesSundayNightOverlappingMondayMorning() {
        InvalidInputException e = refusal(
                Map.of(
                        MONDAY, List.of(WorkingInterval.of("00:00", "08:00")),
                        SUNDAY, List.of(WorkingInterval.overnight("22:00", "02:00"))),
                List.of());
        assertThat(e.getField()).isEqualTo("days.SUNDAY[0]");
        assertThat(e.getReason()).isEqualTo("overlaps days.MONDAY[0]");
    }

    @Test
    void refusesAHolidayEndingBeforeItStarts() {
        InvalidInputException e = refusal(
                Map.of(),
                List.of(
                        new Holiday("ok", LocalDate.parse("2025-12-24"), LocalDate.parse("2025-12-26")),
                        new Holiday("backwards", LocalDate.parse("2025-12-31"), LocalDate.parse("2025-12-30"))));
        assertThat(e.getField()).isEqualTo("holidays[1].endDate");
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertThatThrownBy(() -> WorkingHoursRules.zone("timeZone", "Europe/Atlantis"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("timeZone"));
        assertThat(WorkingHoursRules.zone("timeZone", "Europe/Zagreb").getId()).isEqualTo("Europe/Zagreb");
    }
}
