package io.switchboard.waiting.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.waiting.WaitingStrategy;
import io.switchboard.waiting.logic.WaitingSchedule.Kind;
import io.switchboard.waiting.logic.WaitingSchedule.Planned;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitingScheduleTest {

    private static final Instant ENTERED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static WaitingStrategy.Messages messages(
            boolean welcome, Integer every, Integer maxCount, Integer maxWait) {
        return new WaitingStrategy.Messages(
                welcome,
                welcome ? "Hi, an agent will be with you soon" : null,
                every != null,
                every != null ? "Thanks for waiting" : null,
                every,
                maxCount,
                maxWait != null,
                maxWait != null ? "Sorry, we have to close this conversation" : null,
                maxWait);
    }

    private static List<Long> minutesOf(List<Planned> plan, Kind kind) {
        return plan.stream()
                .filter(p -> p.kind() == kind)
                .map(p -> Duration.between(ENTERED, p.at()).toMinutes())
                .toList();
    }

    @Test
    void welcomeAloneIsSentOnceOnEnteringTheQueue() {
        List<Planned> plan = WaitingSchedule.plan(messages(true, null, null, null), ENTERED, MINUTE);
        assertThat(plan)
                .containsExactly(new Planned(Kind.WELCOME, 1, ENTERED, "Hi, an agent will be with you soon", false));
    }

    @Test
    void announcementsEveryMinuteStopAfterOneHourAtSixty() {
        List<Planned> plan = WaitingSchedule.plan(messages(false, 1, null, null), ENTERED, MINUTE);
        assertThat(plan).hasSize(60);
        assertThat(minutesOf(plan, Kind.ANNOUNCEMENT)).first().isEqualTo(1L);
        assertThat(minutesOf(plan, Kind.ANNOUNCEMENT)).last().isEqualTo(60L);
        assertThat(plan).extracting(Planned::number).startsWith(1, 2, 3).endsWith(60);
    }

    @ParameterizedTest(name = "every {0} min → {1} announcements, the last at {2} min")
    @CsvSource({"1,60,60", "2,30,60", "7,8,56", "15,4,60", "25,2,50", "59,1,59", "60,1,60"})
    void announcementsNeverGoPastOneHour(int every, int count, long lastMinute) {
        List<Planned> plan = WaitingSchedule.plan(messages(false, every, null, null), ENTERED, MINUTE);
        assertThat(minutesOf(plan, Kind.ANNOUNCEMENT)).hasSize(count).last().isEqualTo(lastMinute);
    }

    @ParameterizedTest(name = "every {0} min, at most {1} → {2}")
    @CsvSource({"5,3,3", "5,12,12", "5,60,12", "1,1,1", "10,6,6", "10,7,6"})
    void theMaximumCountLimitsAnnouncements(int every, int maxCount, int expected) {
        List<Planned> plan = WaitingSchedule.plan(messages(false, every, maxCount, null), ENTERED, MINUTE);
        assertThat(minutesOf(plan, Kind.ANNOUNCEMENT)).hasSize(expected);
    }

    @Test
    void maximumWaitMessageClosesAndNothingFollowsIt() {
        List<Planned> plan = WaitingSchedule.plan(messages(true, 5, null, 20), ENTERED, MINUTE);
        assertThat(plan)
                .extracting(Planned::kind)
                .containsExactly(Kind.WELCOME, Kind.ANNOUNCEMENT, Kind.ANNOUNCEMENT, Kind.ANNOUNCEMENT, Kind.MAX_WAIT);
        assertThat(minutesOf(plan, Kind.ANNOUNCEMENT)).containsExactly(5L, 10L, 15L);
        Planned last = plan.get(plan.size() - 1);
        assertThat(last.at()).isEqualTo(ENTERED.plus(Duration.ofMinutes(20)));
        assertThat(last.closesConversation()).isTrue();
        assertThat(plan.subList(0, plan.size() - 1)).noneMatch(Planned::closesConversation);
    }

    @Test
    void noAnnouncementAtTheMomentOfTheMaximumWait() {
        assertThat(minutesOf(WaitingSchedule.plan(messages(false, 10, null, 30), ENTERED, MINUTE), Kind.ANNOUNCEMENT))
                .containsExactly(10L, 20L);
        assertThat(minutesOf(WaitingSchedule.plan(messages(false, 10, null, 31), ENTERED, MINUTE), Kind.ANNOUNCEMENT))
                .containsExactly(10L, 20L, 30L);
    }

    @Test
    void announcementsLongerThanTheMaximumWaitNeverCome() {
        List<Planned> plan = WaitingSchedule.plan(messages(false, 30, null, 15), ENTERED, MINUTE);
        assertThat(plan).extracting(Planned::kind).containsExactly(Kind.MAX_WAIT);
    }

    @Test
    void maximumWaitAtTheHourIsTheLastMessage() {
        List<Planned> plan = WaitingSchedule.plan(messages(true, 1, null, 60), ENTERED, MINUTE);
        assertThat(plan).hasSize(1 + 59 + 1);
        assertThat(plan.get(plan.size() - 1).kind()).isEqualTo(Kind.MAX_WAIT);
        assertThat(plan).allMatch(p -> !p.at().isAfter(ENTERED.plus(Duration.ofHours(1))));
    }

    @Test
    void withoutMaximumWaitNothingIsPlannedAfterOneHour() {
        List<Planned> plan = WaitingSchedule.plan(messages(true, 7, null, null), ENTERED, MINUTE);
        assertThat(plan)
                .noneMatch(Planned::closesConversation)
                .allMatch(p -> !p.at().isAfter(ENTERED.plus(Duration.ofHours(1))));
    }

    @Test
    void aShorterStrategyMinuteScalesEveryTime() {
        List<Planned> plan = WaitingSchedule.plan(messages(true, 2, 2, 5), ENTERED, Duration.ofSeconds(1));
        assertThat(plan)
                .extracting(p -> Duration.between(ENTERED, p.at()).toSeconds())
                .containsExactly(0L, 2L, 4L, 5L);
    }

    @Test
    void remainingDropsWhatIsAlreadyPast() {
        List<Planned> left = WaitingSchedule.remaining(
                messages(true, 5, null, 12), ENTERED, MINUTE, ENTERED.plus(Duration.ofMinutes(5)));
        assertThat(left).extracting(Planned::kind).containsExactly(Kind.ANNOUNCEMENT, Kind.ANNOUNCEMENT, Kind.MAX_WAIT);
        assertThat(WaitingSchedule.remaining(
                        messages(true, 5, null, 12), ENTERED, MINUTE, ENTERED.plus(Duration.ofMinutes(13))))
                .isEmpty();
    }

    // A deadline runs at or after its due time: these runs come a quarter of a second late, as the ticker's do.
    private static final Duration LATE = Duration.ofMillis(250);

    @Test
    @DisplayName(
            "\"It can be set to the maximum of 60 minutes\": a 60-minute maximum wait sends its message and closes")
    void aSixtyMinuteMaximumWaitFiresWhenItsRunComesAfterTheHour() {
        WaitingStrategy.Messages messages = messages(true, 15, null, 60);
        List<Planned> plan = WaitingSchedule.plan(messages, ENTERED, MINUTE);
        WaitingSchedule.Step atFortyFive = WaitingSchedule.step(
                plan, 3, ENTERED, MINUTE, ENTERED.plus(Duration.ofMinutes(45)).plus(LATE));
        assertThat(atFortyFive.send()).extracting(Planned::kind).containsExactly(Kind.ANNOUNCEMENT);
        assertThat(plan.get(atFortyFive.next()).kind()).isEqualTo(Kind.MAX_WAIT);

        WaitingSchedule.Step atSixty = WaitingSchedule.step(
                plan,
                atFortyFive.next(),
                ENTERED,
                MINUTE,
                ENTERED.plus(Duration.ofMinutes(60)).plus(LATE));
        assertThat(atSixty.send()).extracting(Planned::kind).containsExactly(Kind.MAX_WAIT);
        assertThat(atSixty.send().get(0).closesConversation()).isTrue();
        assertThat(atSixty.next()).isNull();
    }

    @Test
    @DisplayName("\"Maximum time for sending announcement messages is one hour\": the one due at minute 60 is sent")
    void anAnnouncementDueAtTheHourIsSentWhenItsRunComesLate() {
        List<Planned> plan = WaitingSchedule.plan(messages(false, 30, null, null), ENTERED, MINUTE);
        WaitingSchedule.Step atThirty = WaitingSchedule.step(
                plan, 0, ENTERED, MINUTE, ENTERED.plus(Duration.ofMinutes(30)).plus(LATE));
        assertThat(atThirty.send()).hasSize(1);
        assertThat(atThirty.next()).isEqualTo(1);
        // The server was busy: the run comes a minute late, still for what was planned within the hour.
        WaitingSchedule.Step atSixty =
                WaitingSchedule.step(plan, 1, ENTERED, MINUTE, ENTERED.plus(Duration.ofMinutes(61)));
        assertThat(atSixty.send()).extracting(Planned::number).containsExactly(2);
        assertThat(atSixty.next()).isNull();
    }

    @Test
    @DisplayName("\"If a conversation waits for assignment for more than an hour ... no more messages\"")
    void nothingPlannedAfterTheHourIsSentOrScheduled() {
        Planned late = new Planned(Kind.ANNOUNCEMENT, 2, ENTERED.plus(Duration.ofMinutes(61)), "late", false);
        Planned inTime = new Planned(Kind.ANNOUNCEMENT, 1, ENTERED.plus(Duration.ofMinutes(30)), "in time", false);
        WaitingSchedule.Step step =
                WaitingSchedule.step(List.of(inTime, late), 0, ENTERED, MINUTE, ENTERED.plus(Duration.ofMinutes(30)));
        assertThat(step.send()).containsExactly(inTime);
        assertThat(step.next()).isNull();
        assertThat(WaitingSchedule.step(List.of(inTime, late), 1, ENTERED, MINUTE, ENTERED.plus(Duration.ofHours(2)))
                        .send())
                .isEmpty();
    }

    @Test
    void aStrategyMinuteOfOneSecondEndsTheHourAfterSixtySeconds() {
        Duration second = Duration.ofSeconds(1);
        List<Planned> plan = WaitingSchedule.plan(messages(false, null, null, 60), ENTERED, second);
        WaitingSchedule.Step step = WaitingSchedule.step(
                plan, 0, ENTERED, second, ENTERED.plus(Duration.ofSeconds(60)).plus(LATE));
        assertThat(step.send()).extracting(Planned::kind).containsExactly(Kind.MAX_WAIT);
    }
}
