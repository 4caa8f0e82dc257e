package io.switchboard.reports.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.reports.Measure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentTimeTest {

    private static final Instant H10 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant H11 = Instant.parse("2026-11-30T11:00:00Z");

    @Test
    void aPeriodCountsOnlyTheSecondsInsideTheHour() {
        Instant start = Instant.parse("2026-11-30T10:50:00Z");
        Instant end = Instant.parse("2026-11-30T11:20:00Z");
        assertEquals(600, AgentTime.secondsIn(start, end, end, H10, H11));
        assertEquals(1200, AgentTime.secondsIn(start, end, end, H11, H11.plusSeconds(3600)));
        assertEquals(0, AgentTime.secondsIn(start, end, end, H10.minusSeconds(3600), H10), "before it started");
        assertEquals(3600, AgentTime.secondsIn(H10.minusSeconds(60), null, H11.plusSeconds(60), H10, H11));
    }

    @Test
    void aPeriodGoingOnCountsUpToNow() {
        Instant start = Instant.parse("2026-11-30T10:15:00Z");
        Instant now = Instant.parse("2026-11-30T10:40:30Z");
        assertEquals(1530, AgentTime.secondsIn(start, null, now, H10, H11));
        assertEquals(Map.of(H10, 1530L), AgentTime.perHour(start, null, now));
    }

    @Test
    void aPeriodCrossingHoursIsSplitAcrossThemAndAddsUpToTheWhole() {
        Instant start = Instant.parse("2026-11-30T10:45:00Z");
        Instant end = Instant.parse("2026-11-30T13:10:00Z");
        Map<Instant, Long> expected = new LinkedHashMap<>();
        expected.put(H10, 900L);
        expected.put(H11, 3600L);
        expected.put(Instant.parse("2026-11-30T12:00:00Z"), 3600L);
        expected.put(Instant.parse("2026-11-30T13:00:00Z"), 600L);
        Map<Instant, Long> hours = AgentTime.perHour(start, end, end);
        assertEquals(expected, hours);
        assertEquals(
                java.time.Duration.between(start, end).toSeconds(),
                hours.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void anEmptyPeriodCountsNothing() {
        assertEquals(Map.of(), AgentTime.perHour(H10, H10, H11));
        assertEquals(0, AgentTime.secondsIn(H10, H10, H11, H10, H11));
    }

    @Test
    void aPeriodOverLocalMidnightCountsInBothLocalDays() {
        // 22:30 to 01:30 in Berlin (UTC+1 in November): 1.5 h on the 30th, 1.5 h on 1 December.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant start = Instant.parse("2026-11-30T21:30:00Z");
        Instant end = Instant.parse("2026-12-01T00:30:00Z");
        assertEquals(
                Map.of(LocalDate.parse("2026-11-30"), 5400L, LocalDate.parse("2026-12-01"), 5400L),
                AgentTime.perLocalDay(start, end, end, berlin));
        // In UTC the same period is 2.5 h on the 30th.
        assertEquals(
                Map.of(LocalDate.parse("2026-11-30"), 9000L, LocalDate.parse("2026-12-01"), 1800L),
                AgentTime.perLocalDay(start, end, end, ZoneId.of("UTC")));
    }

    @Test
    void aPeriodOverTheDaylightSavingChangeCountsItsRealSeconds() {
        // Berlin, 29 March 2026: 02:00 local becomes 03:00, the day has 23 hours. Signed in from 00:00 to 06:00 local
        // (23:00Z to 04:00Z) is five hours, not six, all on the 29th.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant start = Instant.parse("2026-03-28T23:00:00Z");
        Instant end = Instant.parse("2026-03-29T04:00:00Z");
        assertEquals(Map.of(LocalDate.parse("2026-03-29"), 5 * 3600L), AgentTime.perLocalDay(start, end, end, berlin));
        // 25 October 2026: 03:00 local goes back to 02:00; a whole local day is 25 hours.
        Instant dayStart = LocalDays.start(LocalDate.parse("2026-10-25"), berlin);
        Instant dayEnd = LocalDays.end(LocalDate.parse("2026-10-25"), berlin);
        assertEquals(
                Map.of(LocalDate.parse("2026-10-25"), 25 * 3600L),
                AgentTime.perLocalDay(dayStart, dayEnd, dayEnd, berlin));
    }

    @Test
    void occupancyIsOccupiedTimeOverSignedInTime() {
        assertEquals(50.0, AgentTime.occupancyPercent(1800, 3600));
        assertEquals(33.3, AgentTime.occupancyPercent(1200, 3600));
        assertEquals(0.0, AgentTime.occupancyPercent(0, 3600));
        assertEquals(100.0, AgentTime.occupancyPercent(4000, 3600), "never above 100");
        assertNull(AgentTime.occupancyPercent(0, 0), "never signed in: no occupancy");
        assertNull(AgentTime.occupancyPercent(60, 0));
    }

    @Test
    void everyStatusGroupHasItsOwnMeasure() {
        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        for (AgentStatusGroup group : AgentStatusGroup.values()) {
            measures.add(Measure.statusTime(group));
        }
        assertEquals(AgentStatusGroup.values().length, measures.size());
        measures.forEach(m -> assertEquals(true, m.name().length() <= 20, "report_hour.measure is varchar(20)"));
    }

    @Test
    void agentTimeCellsCountPiecesAndSumSeconds() {
        HourAggregator facts = new HourAggregator();
        facts.addTime(Measure.STATUS_AVAILABLE, 7, 600);
        facts.addTime(Measure.STATUS_AVAILABLE, 7, 900);
        facts.addTime(Measure.OCCUPIED, 7, 300);
        HourAggregator.Key key =
                new HourAggregator.Key(Measure.STATUS_AVAILABLE, null, null, null, 0, 7L, null, null, null, null);
        assertEquals(2, facts.cells().get(key).count());
        assertEquals(1500, facts.cells().get(key).totalSeconds());
        assertEquals(2, facts.cells().size());
    }
}
