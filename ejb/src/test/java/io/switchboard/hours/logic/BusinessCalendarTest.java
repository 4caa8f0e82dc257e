package io.switchboard.hours.logic;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId ZAGREB = ZoneId.of("Europe/Zagreb");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Map<DayOfWeek, List<WorkingInterval>> weekdays(WorkingInterval interval) {
        Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, FRIDAY)) {
            days.put(day, List.of(interval));
        }
        return days;
    }

    static BusinessCalendar office(ZoneId zone, Holiday... holidays) {
        return new BusinessCalendar(zone, weekdays(WorkingInterval.of("08:00", "16:00")), List.of(holidays));
    }

    static BusinessCalendar everyDay(ZoneId zone, WorkingInterval interval) {
        Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(interval));
        }
        return new BusinessCalendar(zone, days, List.of());
    }

    @Nested
    class OfficeHours {
        // 2025-03-24 is a Monday.
        final BusinessCalendar calendar = office(ZAGREB);

        @Test
        void isOpenFromStartUntilJustBeforeEnd() {
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-24T07:59:59"))).isFalse();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-24T08:00"))).isTrue();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-24T15:59:59"))).isTrue();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-24T16:00"))).isFalse();
        }

        @Test
        void switchedOffDaysAreNotWorkingDays() {
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-22T10:00"))).isFalse();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-23T10:00"))).isFalse();
        }

        @Test
        void nextOpeningAfterFridayIsMonday() {
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-28T17:00"))).contains(at(ZAGREB, "2025-03-31T08:00"));
        }

        @Test
        void nextOpeningWhileOpenIsTheNextDay() {
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-24T08:00"))).contains(at(ZAGREB, "2025-03-25T08:00"));
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-24T07:00"))).contains(at(ZAGREB, "2025-03-24T08:00"));
        }

        @Test
        void nextClosingIsTheEndOfTheCurrentOrNextInterval() {
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-03-24T09:00"))).contains(at(ZAGREB, "2025-03-24T16:00"));
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-03-22T09:00"))).contains(at(ZAGREB, "2025-03-24T16:00"));
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-03-24T16:00"))).contains(at(ZAGREB, "2025-03-25T16:00"));
        }

        @Test
        void addsWorkingMinutesSkippingNightsAndWeekends() {
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-03-24T09:00"), 30))
                    .contains(at(ZAGREB, "2025-03-24T09:30"));
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-03-28T15:00"), 120))
                    .contains(at(ZAGREB, "2025-03-31T09:00"));
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-03-22T12:00"), 60))
                    .contains(at(ZAGREB, "2025-03-24T09:00"));
            // Exactly the rest of the day ends at the closing, not at the next opening.
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-03-24T15:00"), 60))
                    .contains(at(ZAGREB, "2025-03-24T16:00"));
        }

        @Test
        void addsManyWeeksOfWorkingTime() {
            // 10 weeks of 5 x 8 hours, beyond the first searched range.
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-01-06T08:00"), 10 * 5 * 8 * 60))
                    .contains(at(ZAGREB, "2025-03-14T16:00"));
        }

        @Test
        void zeroMinutesIsTheStartItself() {
            Instant saturday = at(ZAGREB, "2025-03-22T12:00");
            assertThat(calendar.addWorkingMinutes(saturday, 0)).contains(saturday);
        }

        @Test
        void countsWorkingMinutesBetween() {
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-03-24T00:00"), at(ZAGREB, "2025-03-31T00:00")))
                    .isEqualTo(5 * 8 * 60);
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-03-24T15:30"), at(ZAGREB, "2025-03-25T08:15")))
                    .isEqualTo(45);
            Instant same = at(ZAGREB, "2025-03-24T10:00");
            assertThat(calendar.workingMinutesBetween(same, same)).isZero();
        }

        @Test
        void refusesNegativeAmountsAndReversedRanges() {
            Instant monday = at(ZAGREB, "2025-03-24T10:00");
            assertThatThrownBy(() -> calendar.addWorkingMinutes(monday, -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> calendar.workingMinutesBetween(monday, monday.minusSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class DaylightSavingTimeInZagreb {
        // Clocks jump from 02:00 to 03:00 on Sunday 2025-03-30 and fall back from 03:00 to 02:00 on 2025-10-26.

        @Test
        void theSpringForwardDayHas23WorkingHoursAroundTheClock() {
            BusinessCalendar calendar = BusinessCalendar.alwaysOpen(ZAGREB);
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-03-30T00:00"), at(ZAGREB, "2025-03-31T00:00")))
                    .isEqualTo(23 * 60);
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-03-24T00:00"), at(ZAGREB, "2025-03-31T00:00")))
                    .isEqualTo(7 * 24 * 60 - 60);
        }

        @Test
        void theFallBackDayHas25WorkingHoursAroundTheClock() {
            BusinessCalendar calendar = BusinessCalendar.alwaysOpen(ZAGREB);
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-10-26T00:00"), at(ZAGREB, "2025-10-27T00:00")))
                    .isEqualTo(25 * 60);
        }

        @Test
        void anIntervalAcrossTheChangeIsShorterInSpringAndLongerInAutumn() {
            BusinessCalendar calendar = everyDay(ZAGREB, WorkingInterval.of("01:00", "05:00"));
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-03-30T00:00"), at(ZAGREB, "2025-03-31T00:00")))
                    .isEqualTo(3 * 60);
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-10-26T00:00"), at(ZAGREB, "2025-10-27T00:00")))
                    .isEqualTo(5 * 60);
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-03-29T00:00"), at(ZAGREB, "2025-03-30T00:00")))
                    .isEqualTo(4 * 60);
        }

        @Test
        void aStartInTheSkippedHourBeginsWhenTheClocksJump() {
            BusinessCalendar calendar = everyDay(ZAGREB, WorkingInterval.of("02:30", "03:30"));
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-30T00:00")))
                    .contains(Instant.parse("2025-03-30T01:00:00Z"));
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-03-30T00:00"), at(ZAGREB, "2025-03-31T00:00")))
                    .isEqualTo(30);
        }

        @Test
        void anIntervalInsideTheRepeatedHourStartsAtItsFirstOccurrence() {
            BusinessCalendar calendar = everyDay(ZAGREB, WorkingInterval.of("02:00", "03:00"));
            // 02:00 CEST is 00:00Z; 03:00 CET is 02:00Z: the local hour happens twice, both are working time.
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-10-26T00:00")))
                    .contains(Instant.parse("2025-10-26T00:00:00Z"));
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-10-26T00:00")))
                    .contains(Instant.parse("2025-10-26T02:00:00Z"));
        }

        @Test
        void officeHoursOpenAtLocalTimeOnBothSidesOfTheChange() {
            BusinessCalendar calendar = office(ZAGREB);
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-28T17:00")))
                    .contains(Instant.parse("2025-03-31T06:00:00Z"));
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-27T17:00")))
                    .contains(Instant.parse("2025-03-28T07:00:00Z"));
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-03-24T00:00"), at(ZAGREB, "2025-04-07T00:00")))
                    .isEqualTo(10 * 8 * 60);
        }

        @Test
        void addingWorkingTimeAroundTheClockCountsRealElapsedTime() {
            BusinessCalendar calendar = BusinessCalendar.alwaysOpen(ZAGREB);
            Instant saturdayNoon = at(ZAGREB, "2025-03-29T12:00");
            assertThat(calendar.addWorkingMinutes(saturdayNoon, 24 * 60)).contains(at(ZAGREB, "2025-03-30T13:00"));
        }
    }

    @Nested
    class DaylightSavingTimeInNewYork {
        // Clocks jump from 02:00 to 03:00 on Sunday 2025-03-09 and fall back from 02:00 to 01:00 on 2025-11-02.

        final BusinessCalendar nightShift = new BusinessCalendar(
                NEW_YORK, Map.of(SATURDAY, List.of(WorkingInterval.overnight("22:00", "06:00"))), List.of());

        @Test
        void anOvernightShiftLosesAnHourInSpring() {
            assertThat(nightShift.workingMinutesBetween(
                            at(NEW_YORK, "2025-03-08T00:00"), at(NEW_YORK, "2025-03-10T00:00")))
                    .isEqualTo(7 * 60);
            assertThat(nightShift.nextClosing(at(NEW_YORK, "2025-03-08T23:00")))
                    .contains(at(NEW_YORK, "2025-03-09T06:00"));
        }

        @Test
        void anOvernightShiftGainsAnHourInAutumn() {
            assertThat(nightShift.workingMinutesBetween(
                            at(NEW_YORK, "2025-11-01T00:00"), at(NEW_YORK, "2025-11-03T00:00")))
                    .isEqualTo(9 * 60);
        }

        @Test
        void addingWorkingMinutesThroughTheChangedNight() {
            // 7 hours of work from 22:00 end at 06:00 local on the short night.
            assertThat(nightShift.addWorkingMinutes(at(NEW_YORK, "2025-03-08T22:00"), 7 * 60))
                    .contains(at(NEW_YORK, "2025-03-09T06:00"));
            // 8 hours from 22:00 on the long night end at 05:00 local.
            assertThat(nightShift.addWorkingMinutes(at(NEW_YORK, "2025-11-01T22:00"), 8 * 60))
                    .contains(at(NEW_YORK, "2025-11-02T05:00"));
        }

        @Test
        void aWeekdayScheduleKeepsItsLocalHoursThroughTheDstWeek() {
            BusinessCalendar calendar =
                    new BusinessCalendar(NEW_YORK, weekdays(WorkingInterval.of("09:00", "17:00")), List.of());
            assertThat(calendar.nextOpening(at(NEW_YORK, "2025-03-07T18:00")))
                    .contains(Instant.parse("2025-03-10T13:00:00Z"));
            assertThat(calendar.nextOpening(at(NEW_YORK, "2025-03-06T18:00")))
                    .contains(Instant.parse("2025-03-07T14:00:00Z"));
            assertThat(calendar.addWorkingMinutes(at(NEW_YORK, "2025-03-07T16:00"), 120))
                    .contains(at(NEW_YORK, "2025-03-10T10:00"));
            assertThat(calendar.workingMinutesBetween(
                            at(NEW_YORK, "2025-03-03T00:00"), at(NEW_YORK, "2025-03-17T00:00")))
                    .isEqualTo(10 * 8 * 60);
        }
    }

    @Nested
    class MidnightSpans {

        @Test
        void anOvernightIntervalIsOpenUntilItsEndOnTheNextDay() {
            BusinessCalendar calendar = new BusinessCalendar(
                    ZAGREB, Map.of(FRIDAY, List.of(WorkingInterval.overnight("22:00", "02:00"))), List.of());
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-28T21:59"))).isFalse();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-28T23:00"))).isTrue();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-29T01:59"))).isTrue();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-29T02:00"))).isFalse();
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-03-28T23:00"))).contains(at(ZAGREB, "2025-03-29T02:00"));
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-03-28T23:00"), 120))
                    .contains(at(ZAGREB, "2025-03-29T01:00"));
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-03-28T23:00"), 240))
                    .contains(at(ZAGREB, "2025-04-04T23:00"));
        }

        @Test
        void adjacentIntervalsAcrossMidnightAreOneStretch() {
            BusinessCalendar calendar = new BusinessCalendar(
                    ZAGREB,
                    Map.of(
                            MONDAY, List.of(WorkingInterval.of("20:00", "24:00")),
                            TUESDAY, List.of(WorkingInterval.of("00:00", "06:00"))),
                    List.of());
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-03-24T21:00"))).contains(at(ZAGREB, "2025-03-25T06:00"));
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-24T19:00"))).contains(at(ZAGREB, "2025-03-24T20:00"));
            // Tuesday 00:00 continues Monday's work: it is no opening.
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-24T21:00"))).contains(at(ZAGREB, "2025-03-31T20:00"));
        }

        @Test
        void sundayNightRunsIntoMonday() {
            BusinessCalendar calendar = new BusinessCalendar(
                    ZAGREB,
                    Map.of(
                            SUNDAY, List.of(WorkingInterval.overnight("22:00", "02:00")),
                            MONDAY, List.of(WorkingInterval.of("02:00", "10:00"))),
                    List.of());
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-24T01:00"))).isTrue();
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-03-23T23:00"))).contains(at(ZAGREB, "2025-03-24T10:00"));
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-03-23T00:00"), at(ZAGREB, "2025-03-25T00:00")))
                    .isEqualTo(12 * 60);
        }

        @Test
        void severalIntervalsOnOneDay() {
            BusinessCalendar calendar = new BusinessCalendar(
                    ZAGREB,
                    Map.of(MONDAY, List.of(WorkingInterval.of("13:00", "17:00"), WorkingInterval.of("08:00", "12:00"))),
                    List.of());
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-24T12:30"))).isFalse();
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-24T12:00"))).contains(at(ZAGREB, "2025-03-24T13:00"));
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-03-24T11:00"), 120))
                    .contains(at(ZAGREB, "2025-03-24T14:00"));
        }
    }

    @Nested
    class Holidays {

        @Test
        void aHolidayRunsFromMidnightOfItsStartToMidnightAfterItsEnd() {
            // Wednesday 24th to Friday 26th December 2025.
            BusinessCalendar calendar = office(
                    ZAGREB, new Holiday("Christmas", LocalDate.parse("2025-12-24"), LocalDate.parse("2025-12-26")));
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-12-23T10:00"))).isTrue();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-12-24T10:00"))).isFalse();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-12-26T15:00"))).isFalse();
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-12-23T17:00"))).contains(at(ZAGREB, "2025-12-29T08:00"));
            assertThat(calendar.workingMinutesBetween(at(ZAGREB, "2025-12-22T00:00"), at(ZAGREB, "2025-12-29T00:00")))
                    .isEqualTo(2 * 8 * 60);
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-12-23T15:00"), 120))
                    .contains(at(ZAGREB, "2025-12-29T09:00"));
        }

        @Test
        void aOneDayHolidayHasTheSameStartAndEndDate() {
            BusinessCalendar calendar = office(
                    ZAGREB, new Holiday("Statehood Day", LocalDate.parse("2025-05-30"), LocalDate.parse("2025-05-30")));
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-05-30T10:00"))).isFalse();
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-05-29T10:00"))).isTrue();
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-05-29T17:00"))).contains(at(ZAGREB, "2025-06-02T08:00"));
        }

        @Test
        void aHolidayCutsAnOvernightIntervalAtMidnight() {
            BusinessCalendar calendar = new BusinessCalendar(
                    ZAGREB,
                    Map.of(FRIDAY, List.of(WorkingInterval.overnight("22:00", "02:00"))),
                    List.of(new Holiday(null, LocalDate.parse("2025-03-29"), LocalDate.parse("2025-03-29"))));
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-03-28T23:00"))).contains(at(ZAGREB, "2025-03-29T00:00"));
            assertThat(calendar.isOpenAt(at(ZAGREB, "2025-03-29T01:00"))).isFalse();
        }

        @Test
        void aLongHolidayPushesTheNextOpeningFarOut() {
            BusinessCalendar calendar = office(
                    ZAGREB,
                    new Holiday("Closed for renovation", LocalDate.parse("2025-07-01"), LocalDate.parse("2025-09-30")));
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-06-30T17:00"))).contains(at(ZAGREB, "2025-10-01T08:00"));
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-06-30T17:00"))).contains(at(ZAGREB, "2025-10-01T16:00"));
            assertThat(calendar.addWorkingMinutes(at(ZAGREB, "2025-06-30T15:00"), 120))
                    .contains(at(ZAGREB, "2025-10-01T09:00"));
        }

        @Test
        void overlappingHolidaysAreOneBreak() {
            BusinessCalendar calendar = office(
                    ZAGREB,
                    new Holiday("a", LocalDate.parse("2025-03-24"), LocalDate.parse("2025-03-26")),
                    new Holiday("b", LocalDate.parse("2025-03-25"), LocalDate.parse("2025-03-27")));
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-03-23T12:00"))).contains(at(ZAGREB, "2025-03-28T08:00"));
        }

        @Test
        void aHolidayInAnAlwaysOpenCalendarIsItsOnlyClosing() {
            BusinessCalendar calendar = new BusinessCalendar(
                    ZAGREB,
                    BusinessCalendar.alwaysOpenDays(),
                    List.of(new Holiday(null, LocalDate.parse("2025-12-25"), LocalDate.parse("2025-12-25"))));
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-12-01T00:00"))).contains(at(ZAGREB, "2025-12-25T00:00"));
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-12-01T00:00"))).contains(at(ZAGREB, "2025-12-26T00:00"));
            assertThat(calendar.nextOpening(at(ZAGREB, "2025-12-26T00:00"))).isEmpty();
            assertThat(calendar.nextClosing(at(ZAGREB, "2025-12-26T00:00"))).isEmpty();
        }
    }

    @Nested
    class AlwaysOpen {
        final BusinessCalendar calendar = BusinessCalendar.alwaysOpen(NEW_YORK);

        @Test
        void neverOpensOrClosesAndAddsElapsedTime() {
            Instant now = Instant.parse("2025-06-01T10:15:00Z");
            assertThat(calendar.isOpenAt(now)).isTrue();
            assertThat(calendar.nextOpening(now)).isEmpty();
            assertThat(calendar.nextClosing(now)).isEmpty();
            assertThat(calendar.addWorkingMinutes(now, 90 * 24 * 60)).contains(now.plus(Duration.ofDays(90)));
            assertThat(calendar.workingMinutesBetween(now, now.plus(Duration.ofDays(3))))
                    .isEqualTo(3 * 24 * 60);
        }
    }

    @Nested
    class NoWorkingTimeAtAll {
        final BusinessCalendar calendar = new BusinessCalendar(ZAGREB, Map.of(MONDAY, List.of()), List.of());

        @Test
        void isNeverOpenAndAddsNothing() {
            Instant now = Instant.parse("2025-06-01T10:15:00Z");
            assertThat(calendar.isOpenAt(now)).isFalse();
            assertThat(calendar.nextOpening(now)).isEmpty();
            assertThat(calendar.nextClosing(now)).isEmpty();
            assertThat(calendar.addWorkingMinutes(now, 1)).isEmpty();
            assertThat(calendar.addWorkingMinutes(now, 0)).contains(now);
            assertThat(calendar.workingMinutesBetween(now, now.plus(Duration.ofDays(30))))
                    .isZero();
        }
    }
}
