package io.switchboard.sla.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sla.SlaMetric;
import io.switchboard.sla.logic.MetricState.Status;
import io.switchboard.sla.logic.SlaEvent.BotHandover;
import io.switchboard.sla.logic.SlaEvent.Closed;
import io.switchboard.sla.logic.SlaEvent.CustomerMessage;
import io.switchboard.sla.logic.SlaEvent.Reopened;
import io.switchboard.sla.logic.SlaEvent.Reply;
import io.switchboard.sla.logic.SlaEvent.Solved;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlaClocksTest {

    /** Monday 2026-11-23 09:00 UTC. */
    private static final Instant MONDAY_9 = Instant.parse("2026-11-23T09:00:00Z");

    private static final SeverityTargets TEN_THIRTY_SIXTY = SeverityTargets.ofMinutes(10, 30, 60);

    private static Instant at(int minutes) {
        return MONDAY_9.plus(Duration.ofMinutes(minutes));
    }

    private static List<MetricState> clocks(List<SlaEvent> events, int nowMinutes) {
        return SlaClocks.evaluate(TEN_THIRTY_SIXTY, false, events, WorkingTime.ALWAYS, at(nowMinutes));
    }

    private static MetricState only(List<MetricState> states, SlaMetric metric) {
        List<MetricState> found =
                states.stream().filter(s -> s.metric() == metric).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void firstResponseIsMetByAReplyInTime() {
        MetricState first = only(
                clocks(List.of(new CustomerMessage(at(0)), new Reply(at(8), false)), 20), SlaMetric.FIRST_RESPONSE);
        assertThat(first.status()).isEqualTo(Status.MET);
        assertThat(first.due()).isEqualTo(at(10));
        assertThat(first.endedAt()).isEqualTo(at(8));
        assertThat(first.breachedBy()).isZero();
    }

    @Test
    void aReplyExactlyAtTheDueTimeMeetsIt() {
        assertThat(only(
                                clocks(List.of(new CustomerMessage(at(0)), new Reply(at(10), false)), 20),
                                SlaMetric.FIRST_RESPONSE)
                        .status())
                .isEqualTo(Status.MET);
    }

    @Test
    void firstResponseIsBreachedByALateReplyWithTheBreachDuration() {
        MetricState first = only(
                clocks(List.of(new CustomerMessage(at(0)), new Reply(at(25), false)), 30), SlaMetric.FIRST_RESPONSE);
        assertThat(first.status()).isEqualTo(Status.BREACHED);
        assertThat(first.breachedBy()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anUnansweredClockRunsThenBreaches() {
        List<SlaEvent> events = List.of(new CustomerMessage(at(0)));
        MetricState running = only(clocks(events, 4), SlaMetric.FIRST_RESPONSE);
        assertThat(running.status()).isEqualTo(Status.RUNNING);
        assertThat(running.remaining()).isEqualTo(Duration.ofMinutes(6));
        MetricState breached = only(clocks(events, 13), SlaMetric.FIRST_RESPONSE);
        assertThat(breached.status()).isEqualTo(Status.BREACHED);
        assertThat(breached.breachedBy()).isEqualTo(Duration.ofMinutes(3));
        assertThat(breached.remaining()).isZero();
    }

    @Test
    void clocksStartAtTheCustomersFirstMessageNotAtEarlierOutboundOnes() {
        MetricState first = only(
                clocks(List.of(new Reply(at(0), false), new CustomerMessage(at(5)), new Reply(at(12), false)), 20),
                SlaMetric.FIRST_RESPONSE);
        assertThat(first.start()).isEqualTo(at(5));
        assertThat(first.status()).isEqualTo(Status.MET);
    }

    @Test
    void noCustomerMessageMeansNoClocks() {
        assertThat(clocks(List.of(new Reply(at(0), false)), 100)).isEmpty();
    }

    @Test
    void eachLaterCustomerMessageStartsANextReplyClockTheFollowingReplyEnds() {
        List<MetricState> states = clocks(
                List.of(
                        new CustomerMessage(at(0)),
                        new Reply(at(5), false),
                        new CustomerMessage(at(10)),
                        new CustomerMessage(at(20)),
                        new Reply(at(35), false),
                        new CustomerMessage(at(50)),
                        new Reply(at(90), false),
                        new CustomerMessage(at(100))),
                110);
        List<MetricState> next =
                states.stream().filter(s -> s.metric() == SlaMetric.NEXT_REPLY).toList();
        assertThat(next).extracting(MetricState::start).containsExactly(at(10), at(50), at(100));
        assertThat(next).extracting(MetricState::status).containsExactly(Status.MET, Status.BREACHED, Status.RUNNING);
        assertThat(next.get(1).breachedBy()).isEqualTo(Duration.ofMinutes(10));
        assertThat(next.get(2).remaining()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void customerMessagesBeforeTheFirstResponseStartNoNextReplyClock() {
        List<MetricState> states =
                clocks(List.of(new CustomerMessage(at(0)), new CustomerMessage(at(2)), new Reply(at(5), false)), 10);
        assertThat(states)
                .extracting(MetricState::metric)
                .containsExactlyInAnyOrder(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION);
    }

    @Test
    void resolutionIsMetOrBreachedAtSolved() {
        assertThat(only(
                                clocks(
                                        List.of(
                                                new CustomerMessage(at(0)),
                                                new Reply(at(5), false),
                                                new Solved(at(50)),
                                                new Closed(at(60))),
                                        200),
                                SlaMetric.RESOLUTION)
                        .status())
                .isEqualTo(Status.MET);
        MetricState late =
                only(clocks(List.of(new CustomerMessage(at(0)), new Solved(at(75))), 200), SlaMetric.RESOLUTION);
        assertThat(late.status()).isEqualTo(Status.BREACHED);
        assertThat(late.breachedBy()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void solvedPausesEveryClockAndReopeningResumesIt() {
        List<SlaEvent> events = List.of(new CustomerMessage(at(0)), new Solved(at(4)));
        MetricState paused = only(clocks(events, 100), SlaMetric.FIRST_RESPONSE);
        assertThat(paused.status()).isEqualTo(Status.PAUSED);
        assertThat(paused.due()).isNull();
        assertThat(paused.remaining()).isEqualTo(Duration.ofMinutes(6));

        List<SlaEvent> reopened = List.of(new CustomerMessage(at(0)), new Solved(at(4)), new Reopened(at(100)));
        MetricState resumed = only(clocks(reopened, 101), SlaMetric.FIRST_RESPONSE);
        assertThat(resumed.status()).isEqualTo(Status.RUNNING);
        assertThat(resumed.due()).isEqualTo(at(106));
        MetricState resolution = only(clocks(reopened, 101), SlaMetric.RESOLUTION);
        assertThat(resolution.status()).isEqualTo(Status.RUNNING);
        assertThat(resolution.due()).isEqualTo(at(156));
        assertThat(resolution.remaining()).isEqualTo(Duration.ofMinutes(55));
    }

    @Test
    void resolutionCountsOnlyTheActivePeriodsAcrossReopenings() {
        List<SlaEvent> events = List.of(
                new CustomerMessage(at(0)),
                new Reply(at(1), false),
                new Solved(at(30)),
                new Reopened(at(500)),
                new Solved(at(520)),
                new Closed(at(530)));
        MetricState resolution = only(clocks(events, 600), SlaMetric.RESOLUTION);
        assertThat(resolution.status()).isEqualTo(Status.MET);
        assertThat(resolution.endedAt()).isEqualTo(at(520));
        List<SlaEvent> tooLong = List.of(
                new CustomerMessage(at(0)),
                new Reply(at(1), false),
                new Solved(at(30)),
                new Reopened(at(500)),
                new Solved(at(545)));
        MetricState breached = only(clocks(tooLong, 600), SlaMetric.RESOLUTION);
        assertThat(breached.status()).isEqualTo(Status.BREACHED);
        assertThat(breached.due()).isEqualTo(at(530));
        assertThat(breached.breachedBy()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aClockPastDueBeforeSolvedStaysBreached() {
        MetricState first =
                only(clocks(List.of(new CustomerMessage(at(0)), new Solved(at(20))), 100), SlaMetric.FIRST_RESPONSE);
        assertThat(first.status()).isEqualTo(Status.BREACHED);
        assertThat(first.breachedBy()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void closedStopsTheClocks() {
        MetricState stopped =
                only(clocks(List.of(new CustomerMessage(at(0)), new Closed(at(5))), 500), SlaMetric.FIRST_RESPONSE);
        assertThat(stopped.status()).isEqualTo(Status.STOPPED);
        assertThat(stopped.endedAt()).isEqualTo(at(5));
        MetricState breachedBeforeClosing =
                only(clocks(List.of(new CustomerMessage(at(0)), new Closed(at(40))), 500), SlaMetric.FIRST_RESPONSE);
        assertThat(breachedBeforeClosing.status()).isEqualTo(Status.BREACHED);
        assertThat(breachedBeforeClosing.breachedBy()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void onlyTheTimesTheSeverityPromisesAreTracked() {
        List<MetricState> states = SlaClocks.evaluate(
                SeverityTargets.ofMinutes(null, null, 60),
                false,
                List.of(new CustomerMessage(at(0)), new Reply(at(1), false), new CustomerMessage(at(2))),
                WorkingTime.ALWAYS,
                at(3));
        assertThat(states).extracting(MetricState::metric).containsExactly(SlaMetric.RESOLUTION);
    }

    @Test
    void automatedRepliesCountUnlessExcluded() {
        List<SlaEvent> events = List.of(new CustomerMessage(at(0)), new Reply(at(1), true), new Reply(at(30), false));
        assertThat(only(
                                SlaClocks.evaluate(TEN_THIRTY_SIXTY, false, events, WorkingTime.ALWAYS, at(40)),
                                SlaMetric.FIRST_RESPONSE)
                        .status())
                .isEqualTo(Status.MET);
        MetricState excluded = only(
                SlaClocks.evaluate(TEN_THIRTY_SIXTY, true, events, WorkingTime.ALWAYS, at(40)),
                SlaMetric.FIRST_RESPONSE);
        assertThat(excluded.status()).isEqualTo(Status.BREACHED);
        assertThat(excluded.endedAt()).isEqualTo(at(30));
    }

    @Test
    void withAutomatedMessagesExcludedTheClocksStartAtTheBotHandover() {
        List<SlaEvent> events = List.of(
                new CustomerMessage(at(0)),
                new Reply(at(1), true),
                new CustomerMessage(at(3)),
                new Reply(at(4), true),
                new BotHandover(at(40)),
                new Reply(at(45), false));
        List<MetricState> excluded = SlaClocks.evaluate(TEN_THIRTY_SIXTY, true, events, WorkingTime.ALWAYS, at(50));
        MetricState first = only(excluded, SlaMetric.FIRST_RESPONSE);
        assertThat(first.start()).isEqualTo(at(40));
        assertThat(first.status()).isEqualTo(Status.MET);
        assertThat(only(excluded, SlaMetric.RESOLUTION).due()).isEqualTo(at(100));

        // Without the exclusion the bot's own reply answered the customer at once.
        List<MetricState> counted = SlaClocks.evaluate(TEN_THIRTY_SIXTY, false, events, WorkingTime.ALWAYS, at(50));
        assertThat(only(counted, SlaMetric.FIRST_RESPONSE).endedAt()).isEqualTo(at(1));
    }

    @Test
    void aHandoverBeforeTheCustomerWritesStartsTheClocksAtTheirMessage() {
        List<MetricState> states = SlaClocks.evaluate(
                TEN_THIRTY_SIXTY,
                true,
                List.of(new BotHandover(at(0)), new CustomerMessage(at(7))),
                WorkingTime.ALWAYS,
                at(8));
        assertThat(only(states, SlaMetric.FIRST_RESPONSE).start()).isEqualTo(at(7));
    }

    @Test
    void workingTimeOnlyCountsOpenHours() {
        // Friday 16:55 UTC; office hours 09:00-17:00 on weekdays: due Monday 09:05.
        Instant friday = Instant.parse("2026-11-27T16:55:00Z");
        List<MetricState> states = SlaClocks.evaluate(
                TEN_THIRTY_SIXTY,
                false,
                List.of(new CustomerMessage(friday)),
                new OfficeHours(),
                Instant.parse("2026-11-28T12:00:00Z"));
        MetricState first = only(states, SlaMetric.FIRST_RESPONSE);
        assertThat(first.due()).isEqualTo(Instant.parse("2026-11-30T09:05:00Z"));
        assertThat(first.status()).isEqualTo(Status.RUNNING);
        assertThat(first.remaining()).isEqualTo(Duration.ofMinutes(5));
        assertThat(SlaClocks.nextDue(states)).contains(first.due());
    }

    @Test
    void breachDurationIsCountedInWorkingTime() {
        Instant friday = Instant.parse("2026-11-27T16:00:00Z");
        List<MetricState> states = SlaClocks.evaluate(
                TEN_THIRTY_SIXTY,
                false,
                List.of(new CustomerMessage(friday), new Reply(Instant.parse("2026-11-30T09:30:00Z"), false)),
                new OfficeHours(),
                Instant.parse("2026-11-30T10:00:00Z"));
        MetricState first = only(states, SlaMetric.FIRST_RESPONSE);
        assertThat(first.status()).isEqualTo(Status.BREACHED);
        assertThat(first.breachedBy()).isEqualTo(Duration.ofMinutes(50 + 30)); // Friday 16:10-17:00, Monday 09:00-09:30
    }

    @Test
    void nextDueIsTheEarliestRunningClock() {
        List<MetricState> states = clocks(List.of(new CustomerMessage(at(0))), 1);
        assertThat(SlaClocks.nextDue(states)).contains(at(10));
        assertThat(SlaClocks.nextDue(clocks(List.of(new CustomerMessage(at(0)), new Closed(at(1))), 2)))
                .isEmpty();
    }

    @Test
    void aSeverityMustPromiseSomething() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> SeverityTargets.ofMinutes(null, null, null));
    }

    /** Weekdays 09:00-17:00 UTC, minute by minute: slow and obviously right, for tests only. */
    private static final class OfficeHours implements WorkingTime {

        private static boolean open(Instant minute) {
            var t = minute.atOffset(ZoneOffset.UTC);
            return t.getDayOfWeek() != DayOfWeek.SATURDAY
                    && t.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !t.toLocalTime().isBefore(LocalTime.of(9, 0))
                    && t.toLocalTime().isBefore(LocalTime.of(17, 0));
        }

        @Override
        public Optional<Instant> after(Instant from, Duration amount) {
            Instant cursor = from.truncatedTo(ChronoUnit.MINUTES);
            long left = amount.toMinutes();
            while (left > 0) {
                if (open(cursor)) {
                    left--;
                }
                cursor = cursor.plus(Duration.ofMinutes(1));
            }
            return Optional.of(cursor);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            long minutes = 0;
            for (Instant m = from; m.isBefore(to); m = m.plus(Duration.ofMinutes(1))) {
                if (open(m)) {
                    minutes++;
                }
            }
            return Duration.ofMinutes(minutes);
        }
    }

    @Test
    @DisplayName(
            "\"SLA is paused every time a conversation is set to the Solved status\": resolution too, met at closing")
    void whileSolvedResolutionIsPausedLikeFirstResponseAndMetOnlyWhenClosedSolved() {
        List<SlaEvent> solved = List.of(new CustomerMessage(at(0)), new Solved(at(4)));
        assertThat(only(clocks(solved, 20), SlaMetric.FIRST_RESPONSE).status()).isEqualTo(Status.PAUSED);
        MetricState resolution = only(clocks(solved, 20), SlaMetric.RESOLUTION);
        assertThat(resolution.status()).isEqualTo(Status.PAUSED);
        assertThat(resolution.remaining()).isEqualTo(Duration.ofMinutes(56));

        List<SlaEvent> closed = List.of(new CustomerMessage(at(0)), new Solved(at(4)), new Closed(at(30)));
        MetricState met = only(clocks(closed, 40), SlaMetric.RESOLUTION);
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.endedAt()).isEqualTo(at(4));
    }

    @Test
    void theMostUrgentDueIsTheEarliestRunningClockAndABreachedOpenOneComesFirst() {
        List<SlaEvent> waiting = List.of(new CustomerMessage(at(0)));
        // First response due at 10, resolution at 60: the list sorts by the first.
        assertThat(SlaClocks.mostUrgentDue(clocks(waiting, 4))).contains(at(10));
        // Past 10 the first response is breached and still open: its past due time sorts before every running one.
        assertThat(SlaClocks.mostUrgentDue(clocks(waiting, 13))).contains(at(10));
        assertThat(SlaClocks.nextDue(clocks(waiting, 13))).contains(at(60));
    }

    @Test
    void aBreachThatEndedOrAPausedClockLeavesNoDue() {
        // Answered late at 25: the breach ended; the next reply clock waits for the customer.
        List<SlaEvent> answeredLate = List.of(new CustomerMessage(at(0)), new Reply(at(25), false));
        assertThat(SlaClocks.mostUrgentDue(clocks(answeredLate, 30))).contains(at(60));
        List<SlaEvent> solved = List.of(new CustomerMessage(at(0)), new Solved(at(4)));
        assertThat(SlaClocks.mostUrgentDue(clocks(solved, 20))).isEmpty();
        assertThat(SlaClocks.mostUrgentDue(List.of())).isEmpty();
    }
}
