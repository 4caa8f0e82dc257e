package io.switchboard.agents.logic;

import static io.switchboard.agents.AgentStatusGroup.AVAILABLE;
import static io.switchboard.agents.AgentStatusGroup.AWAY;
import static io.switchboard.agents.AgentStatusGroup.BUSY;
import static io.switchboard.agents.AgentStatusGroup.UNAVAILABLE;
import static io.switchboard.channels.ChannelGroup.EMAIL;
import static io.switchboard.channels.ChannelGroup.LIVE_CHAT;
import static io.switchboard.channels.ChannelGroup.LIVE_MESSAGING;
import static io.switchboard.channels.ChannelGroup.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.agents.logic.AgentAvailability.Move;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgentAvailabilityTest {

    // Live messaging occupancy of a capacity of 10; no chats, no emails; the line busy or free.
    private static AgentLoad messaging(int occupied, boolean inCall) {
        return AgentLoad.of(
                Map.of(LIVE_MESSAGING, occupied, VOICE, inCall ? 1 : 0),
                Map.of(LIVE_MESSAGING, 10, LIVE_CHAT, 5, EMAIL, 5));
    }

    @Test
    @DisplayName(
            "\"Busy and Away agents can receive transferred conversations; Unavailable agents cannot receive any\"")
    void directAssignmentFollowsTheStatusGroup() {
        assertThat(AgentAvailability.takesDirectAssignment(AVAILABLE)).isTrue();
        assertThat(AgentAvailability.takesDirectAssignment(BUSY)).isTrue();
        assertThat(AgentAvailability.takesDirectAssignment(AWAY)).isTrue();
        assertThat(AgentAvailability.takesDirectAssignment(UNAVAILABLE)).isFalse();
    }

    @Test
    @DisplayName("\"if the agent's current workload is 90% (or higher) ... transferred to the Full Capacity status\""
            + " from any Available-group status")
    void anyAvailableGroupStatusReachesFullCapacityAt90Percent() {
        // A custom status of the Available group is just its group here: the same as the built-in Available.
        assertThat(AgentAvailability.afterWorkloadRose(AVAILABLE, false, messaging(9, false)))
                .isEqualTo(Move.TO_FULL_CAPACITY);
        assertThat(AgentAvailability.afterWorkloadRose(AVAILABLE, false, messaging(8, false)))
                .isEqualTo(Move.STAY);
        assertThat(AgentAvailability.afterWorkloadRose(BUSY, false, messaging(10, false)))
                .isEqualTo(Move.STAY);
        assertThat(AgentAvailability.afterWorkloadRose(BUSY, true, messaging(10, false)))
                .isEqualTo(Move.STAY);
    }

    @Test
    @DisplayName("\"When their current workload drops below their maximum capacity, they will be back\"")
    void backUnderCapacityBelowTheMaximumNotBelow90Percent() {
        // 90% is still Full capacity's threshold on the way up, but below the maximum on the way down.
        assertThat(AgentAvailability.afterWorkloadDropped(true, messaging(9, false)))
                .isEqualTo(Move.BACK_UNDER_CAPACITY);
        assertThat(AgentAvailability.afterWorkloadDropped(true, messaging(10, false)))
                .isEqualTo(Move.STAY);
        assertThat(AgentAvailability.afterWorkloadDropped(true, messaging(11, false)))
                .isEqualTo(Move.STAY);
        assertThat(AgentAvailability.afterWorkloadDropped(false, messaging(3, false)))
                .isEqualTo(Move.STAY);
    }

    @Test
    @DisplayName("\"For voice calls - capacity is always one\": an agent at Full capacity on chats still takes a call")
    void fullOnChatsStillTakesACallOnAFreeLine() {
        assertThat(AgentAvailability.takesNew(VOICE, BUSY, true, messaging(10, false)))
                .isTrue();
        assertThat(AgentAvailability.takesNew(VOICE, BUSY, true, messaging(10, true)))
                .isFalse();
        assertThat(AgentAvailability.takesNew(LIVE_MESSAGING, BUSY, true, messaging(9, false)))
                .isFalse();
        // Busy by choice is not Full capacity: no new calls either.
        assertThat(AgentAvailability.takesNew(VOICE, BUSY, false, messaging(0, false)))
                .isFalse();
        assertThat(AgentAvailability.takesNew(VOICE, AVAILABLE, false, messaging(0, false)))
                .isTrue();
        assertThat(AgentAvailability.takesNew(LIVE_MESSAGING, AVAILABLE, false, messaging(8, false)))
                .isTrue();
        assertThat(AgentAvailability.takesAnyNew(BUSY, true)).isTrue();
        assertThat(AgentAvailability.takesAnyNew(AWAY, false)).isFalse();
    }

    @Test
    @DisplayName("\"If an agent sets themselves as Available but ... no activity ... automatically log them out\"")
    void theInactivitySweepSignsOutOnlyAgentsShownAsTakingWork() {
        assertThat(AgentAvailability.signedOutWhenInactive(AVAILABLE, false)).isTrue();
        assertThat(AgentAvailability.signedOutWhenInactive(BUSY, true)).isTrue();
        // "Otherwise, they will remain in the current status while logged off."
        assertThat(AgentAvailability.signedOutWhenInactive(BUSY, false)).isFalse();
        assertThat(AgentAvailability.signedOutWhenInactive(AWAY, false)).isFalse();
        assertThat(AgentAvailability.signedOutWhenInactive(UNAVAILABLE, false)).isFalse();
    }
}
