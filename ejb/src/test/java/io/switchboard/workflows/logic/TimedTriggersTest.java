package io.switchboard.workflows.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.logic.TimedTriggers.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimedTriggersTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /**
     * Guide: customer reply pending, "If an agent sends multiple messages, the set period starts when the first agent
     * message is sent."
     */
    @Test
    void customerReplyPendingCountsFromTheFirstUnansweredAgentMessage() {
        Timeline agentSpokeLast = new Timeline("OPEN", null, at(5), null, at(0), at(9));
        assertEquals(
                Optional.of(at(5).plus(Duration.ofHours(1))),
                TimedTriggers.due(TriggerType.CUSTOMER_REPLY_PENDING, Duration.ofHours(1), agentSpokeLast));
        Timeline customerSpokeLast = new Timeline("OPEN", at(10), null, null, at(0), at(10));
        assertEquals(
                Optional.empty(),
                TimedTriggers.due(TriggerType.CUSTOMER_REPLY_PENDING, Duration.ofHours(1), customerSpokeLast));
    }

    /**
     * Guide: agent reply pending, "If a customer sends multiple messages, the set period starts when the first customer
     * message is sent"; "For bot conversations, the time since the conversation was handed over is taken into account".
     */
    @Test
    void agentReplyPendingCountsFromTheFirstUnansweredCustomerMessageOrTheHandOver() {
        Timeline waiting = new Timeline("OPEN", at(2), null, null, at(0), at(4));
        assertEquals(Optional.of(at(2)), TimedTriggers.start(TriggerType.AGENT_REPLY_PENDING, waiting));
        Timeline handedOver = new Timeline("OPEN", at(2), null, at(7), at(0), at(7));
        assertEquals(Optional.of(at(7)), TimedTriggers.start(TriggerType.AGENT_REPLY_PENDING, handedOver));
        Timeline handedOverEarlier = new Timeline("OPEN", at(9), null, at(7), at(0), at(9));
        assertEquals(Optional.of(at(9)), TimedTriggers.start(TriggerType.AGENT_REPLY_PENDING, handedOverEarlier));
        Timeline answered = new Timeline("OPEN", null, at(3), at(1), at(0), at(3));
        assertEquals(Optional.empty(), TimedTriggers.start(TriggerType.AGENT_REPLY_PENDING, answered));
    }

    /**
     * Guide: "Solved conversation is unmodified for ... AND if there were no changes"; "Conversation is solved for ...
     * regardless if there were any changes".
     */
    @Test
    void solvedForIgnoresChangesSolvedUnmodifiedRestartsOnThem() {
        Timeline solvedThenTagged = new Timeline("SOLVED", null, null, null, at(10), at(30));
        assertEquals(Optional.of(at(10)), TimedTriggers.start(TriggerType.SOLVED_FOR, solvedThenTagged));
        assertEquals(Optional.of(at(30)), TimedTriggers.start(TriggerType.SOLVED_UNMODIFIED_FOR, solvedThenTagged));
        Timeline open = new Timeline("OPEN", null, null, null, at(10), at(30));
        assertEquals(Optional.empty(), TimedTriggers.start(TriggerType.SOLVED_FOR, open));
        assertEquals(Optional.empty(), TimedTriggers.start(TriggerType.SOLVED_UNMODIFIED_FOR, open));
    }

    @Test
    void waitingForCountsFromTheWaitingStatus() {
        assertEquals(
                Optional.of(at(4)),
                TimedTriggers.start(TriggerType.WAITING_FOR, new Timeline("WAITING", null, null, null, at(4), at(6))));
        assertEquals(
                Optional.empty(),
                TimedTriggers.start(TriggerType.WAITING_FOR, new Timeline("OPEN", null, null, null, at(4), at(6))));
    }

    /** Guide: "Workflows are triggered for Open, Waiting, and Solved conversations." */
    @Test
    void closedConversationsArmNothing() {
        Timeline closed = new Timeline("CLOSED", at(1), at(2), null, at(3), at(3));
        for (TriggerType type : TriggerType.values()) {
            if (type.timeBased()) {
                assertEquals(Optional.empty(), TimedTriggers.start(type, closed), type.name());
            }
        }
    }

    /** Guide: "the system will not make another attempt unless ... the conversation is updated". */
    @Test
    void aFiredTriggerWaitsForANewStartingPoint() {
        assertTrue(TimedTriggers.rearm(null, at(1)));
        assertFalse(TimedTriggers.rearm(at(1), at(1)));
        assertTrue(TimedTriggers.rearm(at(1), at(2)));
        assertFalse(TimedTriggers.rearm(at(1), null));
    }

    @Test
    void eventTriggersHaveNoClock() {
        Timeline open = new Timeline("OPEN", null, null, null, at(0), at(0));
        assertThrows(IllegalArgumentException.class, () -> TimedTriggers.start(TriggerType.NOTE_CREATED, open));
    }
}
