package io.switchboard.workflows.logic;

import static io.switchboard.workflows.TriggerType.AGENT_REPLY_PENDING;
import static io.switchboard.workflows.TriggerType.CUSTOMER_REPLY_PENDING;
import static io.switchboard.workflows.TriggerType.SOLVED_FOR;
import static io.switchboard.workflows.TriggerType.SOLVED_UNMODIFIED_FOR;
import static io.switchboard.workflows.TriggerType.WAITING_FOR;
import static io.switchboard.workflows.logic.TimedTriggers.Step.RESTART;
import static io.switchboard.workflows.logic.TimedTriggers.Step.START_IF_STOPPED;
import static io.switchboard.workflows.logic.TimedTriggers.Step.STOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.logic.TimedTriggers.Arming;
import io.switchboard.workflows.logic.TimedTriggers.Plan;
import io.switchboard.workflows.logic.TimedTriggers.Step;
import io.switchboard.workflows.logic.TimedTriggers.Trigger;
import io.switchboard.workflows.logic.TimedTriggers.Update;
import io.switchboard.workflows.logic.TimedTriggers.What;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TimedTriggersTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final List<String> LIVE = List.of("OPEN", "WAITING", "SOLVED");

    static Map<TriggerType, Step> steps(What what, String before, String now) {
        return TimedTriggers.steps(new Update(what, before, now));
    }

    /**
     * Guide: customer reply pending, "If an agent sends multiple messages, the set period starts when the first agent
     * message is sent."
     */
    @Test
    void anAgentMessageStartsTheCustomerReplyClockOnlyWhenItIsNotRunning() {
        assertEquals(
                Map.of(CUSTOMER_REPLY_PENDING, START_IF_STOPPED, AGENT_REPLY_PENDING, STOP),
                steps(What.AGENT_MESSAGE, "OPEN", "OPEN"));
        Trigger hour = new Trigger(1, CUSTOMER_REPLY_PENDING, Duration.ofHours(1));
        Map<TriggerType, Step> second = steps(What.AGENT_MESSAGE, "OPEN", "OPEN");
        assertEquals(
                List.of(),
                TimedTriggers.plan(second, T0, List.of(hour), Set.of(hour)).start(),
                "the second agent message leaves the first one's clock running");
        assertEquals(
                List.of(new Arming(hour, T0.plusSeconds(3600))),
                TimedTriggers.plan(second, T0, List.of(hour), Set.of()).start());
    }

    /**
     * Guide: agent reply pending, "If a customer sends multiple messages, the set period starts when the first
     * customer message is sent."
     */
    @Test
    void aCustomerMessageStopsTheCustomerReplyClockAndStartsTheAgentReplyClock() {
        assertEquals(
                Map.of(CUSTOMER_REPLY_PENDING, STOP, AGENT_REPLY_PENDING, START_IF_STOPPED),
                steps(What.CUSTOMER_MESSAGE, "WAITING", "WAITING"));
        Trigger agent = new Trigger(2, AGENT_REPLY_PENDING, Duration.ofMinutes(5));
        Plan plan = TimedTriggers.plan(steps(What.CUSTOMER_MESSAGE, "OPEN", "OPEN"), T0, List.of(agent), Set.of());
        assertEquals(Set.of(CUSTOMER_REPLY_PENDING), plan.stop());
        assertEquals(List.of(new Arming(agent, T0.plusSeconds(300))), plan.start());
    }

    /** Guide: "For bot conversations, the time since the conversation was handed over is taken into account". */
    @Test
    void theHandOverRestartsTheAgentReplyClock() {
        assertEquals(Map.of(AGENT_REPLY_PENDING, RESTART), steps(What.HANDED_OVER, "OPEN", "OPEN"));
        Trigger agent = new Trigger(2, AGENT_REPLY_PENDING, Duration.ofMinutes(5));
        Plan plan = TimedTriggers.plan(steps(What.HANDED_OVER, "OPEN", "OPEN"), T0, List.of(agent), Set.of(agent));
        assertEquals(Set.of(AGENT_REPLY_PENDING), plan.stop());
        assertEquals(List.of(new Arming(agent, T0.plusSeconds(300))), plan.start());
    }

    /** Guide: "Conversation is solved for ... regardless if there were any changes." */
    @Test
    void solvedForCountsFromEnteringSolvedAndIgnoresLaterChanges() {
        assertEquals(RESTART, steps(What.STATUS, "OPEN", "SOLVED").get(SOLVED_FOR));
        assertEquals(RESTART, steps(What.STATUS, "WAITING", "SOLVED").get(SOLVED_FOR));
        for (What what : List.of(What.OTHER, What.CUSTOMER_MESSAGE, What.AGENT_MESSAGE, What.HANDED_OVER)) {
            assertFalse(steps(what, "SOLVED", "SOLVED").containsKey(SOLVED_FOR), what.name());
        }
        assertEquals(STOP, steps(What.STATUS, "SOLVED", "OPEN").get(SOLVED_FOR));
    }

    /** Guide: "Solved conversation is unmodified for ... AND if there were no changes in the conversation." */
    @Test
    void solvedUnmodifiedForRestartsOnEveryChangeWhileSolved() {
        for (What what : What.values()) {
            if (what != What.STATUS) {
                assertEquals(RESTART, steps(what, "SOLVED", "SOLVED").get(SOLVED_UNMODIFIED_FOR), what.name());
            }
        }
        assertEquals(RESTART, steps(What.STATUS, "OPEN", "SOLVED").get(SOLVED_UNMODIFIED_FOR));
        assertEquals(STOP, steps(What.STATUS, "SOLVED", "WAITING").get(SOLVED_UNMODIFIED_FOR));
        assertFalse(steps(What.OTHER, "OPEN", "OPEN").containsKey(SOLVED_UNMODIFIED_FOR));
    }

    @Test
    void waitingForCountsFromEnteringWaitingAndStopsOnLeavingIt() {
        assertEquals(RESTART, steps(What.STATUS, "OPEN", "WAITING").get(WAITING_FOR));
        assertEquals(RESTART, steps(What.STATUS, "SOLVED", "WAITING").get(WAITING_FOR));
        assertEquals(STOP, steps(What.STATUS, "WAITING", "OPEN").get(WAITING_FOR));
        assertEquals(STOP, steps(What.STATUS, "WAITING", "SOLVED").get(WAITING_FOR));
        assertFalse(steps(What.OTHER, "WAITING", "WAITING").containsKey(WAITING_FOR));
        assertFalse(steps(What.AGENT_MESSAGE, "WAITING", "WAITING").containsKey(WAITING_FOR));
    }

    /** Guide: "Workflows are triggered for Open, Waiting, and Solved conversations." */
    @ParameterizedTest
    @EnumSource(What.class)
    void closingStopsEveryClock(What what) {
        Map<TriggerType, Step> steps = steps(what, "OPEN", "CLOSED");
        assertEquals(
                EnumSet.of(CUSTOMER_REPLY_PENDING, AGENT_REPLY_PENDING, SOLVED_UNMODIFIED_FOR, SOLVED_FOR, WAITING_FOR),
                steps.keySet());
        assertTrue(steps.values().stream().allMatch(s -> s == STOP));
    }

    @Test
    void aStatusSetToWhatItWasChangesNoClock() {
        for (String status : LIVE) {
            assertEquals(Map.of(), steps(What.STATUS, status, status), status);
        }
    }

    @Test
    void otherChangesLeaveTheClocksOfOpenAndWaitingConversationsAlone() {
        assertEquals(Map.of(), steps(What.OTHER, "OPEN", "OPEN"));
        assertEquals(Map.of(), steps(What.OTHER, "WAITING", "WAITING"));
    }

    /** Every status pair and update kind: only time-based types appear, and they follow the status they count in. */
    @Test
    void everyUpdateTouchesOnlyTimeBasedTriggersConsistentlyWithItsStatus() {
        for (What what : What.values()) {
            for (String before : LIVE) {
                for (String now : LIVE) {
                    if (what != What.STATUS && !before.equals(now)) {
                        continue;
                    }
                    Map<TriggerType, Step> steps = steps(what, before, now);
                    String where = what + " " + before + "->" + now;
                    assertTrue(steps.keySet().stream().allMatch(TriggerType::timeBased), where);
                    assertEquals(
                            now.equals("SOLVED") && (what != What.STATUS || !before.equals(now)),
                            steps.get(SOLVED_UNMODIFIED_FOR) == RESTART,
                            where);
                    if (steps.get(SOLVED_FOR) == RESTART) {
                        assertEquals("SOLVED", now, where);
                    }
                    if (steps.get(WAITING_FOR) == RESTART) {
                        assertEquals("WAITING", now, where);
                    }
                }
            }
        }
    }

    @Test
    void restartingStopsTheRunningClocksOfTheTypeAndStartsEachTriggerWithItsOwnWait() {
        Trigger day = new Trigger(1, SOLVED_FOR, Duration.ofDays(1));
        Trigger tenSeconds = new Trigger(2, SOLVED_FOR, Duration.ofSeconds(10));
        Trigger waiting = new Trigger(3, WAITING_FOR, Duration.ofHours(2));
        Plan plan = TimedTriggers.plan(
                steps(What.STATUS, "WAITING", "SOLVED"), T0, List.of(day, tenSeconds, waiting), Set.of(waiting));
        assertEquals(EnumSet.of(SOLVED_FOR, SOLVED_UNMODIFIED_FOR, WAITING_FOR), plan.stop());
        assertEquals(
                List.of(new Arming(day, T0.plus(Duration.ofDays(1))), new Arming(tenSeconds, T0.plusSeconds(10))),
                plan.start());
    }

    @Test
    void anUpdateThatConcernsNoTriggerTypeNeedsNothing() {
        List<Trigger> waitingOnly = List.of(new Trigger(3, WAITING_FOR, Duration.ofHours(2)));
        assertFalse(TimedTriggers.concerns(steps(What.OTHER, "OPEN", "OPEN"), waitingOnly));
        assertFalse(TimedTriggers.concerns(steps(What.AGENT_MESSAGE, "OPEN", "OPEN"), waitingOnly));
        assertTrue(TimedTriggers.concerns(steps(What.STATUS, "OPEN", "WAITING"), waitingOnly));
        assertTrue(TimedTriggers.plan(steps(What.OTHER, "OPEN", "OPEN"), T0, waitingOnly, Set.of())
                .isEmpty());
    }
}
