package io.switchboard.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.hours.logic.BusinessCalendar;
import io.switchboard.hours.logic.Holiday;
import io.switchboard.hours.logic.WorkingInterval;
import io.switchboard.sla.logic.MetricState;
import io.switchboard.sla.logic.MetricState.Status;
import io.switchboard.sla.logic.SeverityTargets;
import io.switchboard.sla.logic.SlaClocks;
import io.switchboard.sla.logic.SlaEvent;
import io.switchboard.sla.logic.SlaEvent.CustomerMessage;
import io.switchboard.sla.logic.SlaEvent.Reply;
import io.switchboard.sla.logic.WorkingTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Working hours only" severities on the real business calendar: nights, weekends and holidays do not count. */
class WorkingHoursSlaTest {

    private static final ZoneId ZAGREB = ZoneId.of("Europe/Zagreb");
    private static final SeverityTargets TARGETS = SeverityTargets.ofMinutes(30, 60, 600);

    /** Weekdays 08:00-16:00 in Zagreb; Christmas Day 2026 (a Friday) a holiday. */
    private static WorkingTime office() {
        Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            days.put(day, List.of(WorkingInterval.of("08:00", "16:00")));
        }
        BusinessCalendar calendar = new BusinessCalendar(
                ZAGREB,
                days,
                List.of(new Holiday("Christmas", LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 25))));
        return SlaTracker.workingTime(calendar);
    }

    private static Instant zagreb(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), ZAGREB).toInstant();
    }

    private static MetricState firstResponse(List<SlaEvent> events, Instant now) {
        return SlaClocks.evaluate(TARGETS, false, events, office(), now).stream()
                .filter(s -> s.metric() == SlaMetric.FIRST_RESPONSE)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMessageInTheEveningIsDueTheNextMorning() {
        MetricState state =
                firstResponse(List.of(new CustomerMessage(zagreb("2026-11-24T15:50"))), zagreb("2026-11-24T22:00"));
        assertThat(state.due()).isEqualTo(zagreb("2026-11-25T08:20"));
        assertThat(state.status()).isEqualTo(Status.RUNNING);
        assertThat(state.remaining()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void theClocksStandStillOverAWeekend() {
        MetricState state = firstResponse(
                List.of(new CustomerMessage(zagreb("2026-11-27T15:45")), new Reply(zagreb("2026-11-30T08:10"), false)),
                zagreb("2026-11-30T09:00"));
        assertThat(state.due()).isEqualTo(zagreb("2026-11-30T08:15"));
        assertThat(state.status()).isEqualTo(Status.MET);
    }

    @Test
    void aHolidayDoesNotCountAndABreachIsMeasuredInWorkingTime() {
        // Thursday 24 December 15:50: Christmas Friday and the weekend are off; due Monday 08:20.
        MetricState state = firstResponse(
                List.of(new CustomerMessage(zagreb("2026-12-24T15:50")), new Reply(zagreb("2026-12-28T09:20"), false)),
                zagreb("2026-12-28T10:00"));
        assertThat(state.due()).isEqualTo(zagreb("2026-12-28T08:20"));
        assertThat(state.status()).isEqualTo(Status.BREACHED);
        assertThat(state.breachedBy()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void alwaysIgnoresWorkingHours() {
        MetricState state = SlaClocks.evaluate(
                        TARGETS,
                        false,
                        List.of(new CustomerMessage(zagreb("2026-11-27T15:45"))),
                        WorkingTime.ALWAYS,
                        zagreb("2026-11-27T16:00"))
                .get(0);
        assertThat(state.due()).isEqualTo(zagreb("2026-11-27T16:15"));
    }
}
