package io.switchboard.agents.logic;

import static io.switchboard.channels.ChannelGroup.EMAIL;
import static io.switchboard.channels.ChannelGroup.LIVE_CHAT;
import static io.switchboard.channels.ChannelGroup.LIVE_MESSAGING;
import static io.switchboard.channels.ChannelGroup.VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.switchboard.channels.ChannelGroup;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentLoadTest {

    private static AgentLoad load(int messaging, int messagingCap, int chat, int chatCap, int email, int emailCap) {
        return AgentLoad.of(
                Map.of(LIVE_MESSAGING, messaging, LIVE_CHAT, chat, EMAIL, email),
                Map.of(LIVE_MESSAGING, messagingCap, LIVE_CHAT, chatCap, EMAIL, emailCap));
    }

    @Test
    void staysUnderCapacityAtTheGuides83Percent() {
        AgentLoad load = load(2, 6, 1, 5, 3, 10);
        assertThat(load.combinedPercent()).isCloseTo(83.33, within(0.01));
        assertThat(load.isFullCapacity()).isFalse();
    }

    @Test
    void switchesToFullCapacityWithOneMoreEmailAt93Percent() {
        AgentLoad load = load(2, 6, 1, 5, 3, 10).plusOne(EMAIL);
        assertThat(load.percent(EMAIL)).isEqualTo(40);
        assertThat(load.combinedPercent()).isCloseTo(93.33, within(0.01));
        assertThat(load.isFullCapacity()).isTrue();
    }

    @Test
    void fullCapacityStartsAtExactly90Percent() {
        assertThat(load(9, 10, 0, 5, 0, 5).isFullCapacity()).isTrue();
        assertThat(load(8, 10, 0, 5, 0, 5).isFullCapacity()).isFalse();
    }

    @Test
    void scoringWorkloadIsTheMeanOfLiveChatAndLiveMessaging() {
        // The guide's second row: 1 of 5 live chats (20%) and 5 of 10 live messages (50%) give 35.
        AgentLoad load = AgentLoad.of(
                Map.of(LIVE_CHAT, 1, LIVE_MESSAGING, 5), Map.of(LIVE_CHAT, 5, LIVE_MESSAGING, 10, EMAIL, 5));
        assertThat(load.scoringWorkload()).isEqualTo(35);
    }

    @Test
    void emailDoesNotCountInTheScoringWorkload() {
        assertThat(load(0, 5, 0, 5, 4, 5).scoringWorkload()).isZero();
    }

    @Test
    void roomEndsAtCapacity() {
        AgentLoad load = load(1, 2, 0, 5, 0, 5);
        assertThat(load.hasRoomFor(LIVE_MESSAGING)).isTrue();
        assertThat(load.plusOne(LIVE_MESSAGING).hasRoomFor(LIVE_MESSAGING)).isFalse();
    }

    @Test
    void zeroCapacityTakesNothingAndIsFullOnceOccupied() {
        AgentLoad load = load(0, 0, 0, 5, 0, 5);
        assertThat(load.hasRoomFor(LIVE_MESSAGING)).isFalse();
        assertThat(load.percent(LIVE_MESSAGING)).isZero();
        assertThat(load(1, 0, 0, 5, 0, 5).percent(LIVE_MESSAGING)).isEqualTo(100);
    }

    @Test
    void voiceCapacityIsAlwaysOne() {
        AgentLoad load = AgentLoad.of(Map.of(), Map.of(LIVE_CHAT, 5, LIVE_MESSAGING, 5, EMAIL, 5, VOICE, 7));
        assertThat(load.capacity(VOICE)).isEqualTo(1);
        assertThat(load.canTakeNew(VOICE)).isTrue();
        assertThat(load.plusOne(VOICE).canTakeNew(VOICE)).isFalse();
    }

    @Test
    void callsStillReachAnAgentAtFullCapacityOnChats() {
        AgentLoad load = load(5, 5, 0, 5, 0, 5);
        assertThat(load.isFullCapacity()).isTrue();
        assertThat(load.canTakeNew(LIVE_CHAT)).isFalse();
        assertThat(load.canTakeNew(VOICE)).isTrue();
    }

    @Test
    void fullCapacityStopsNewConversationsOfEveryChatGroupEvenWithRoomLeft() {
        AgentLoad load = load(5, 5, 0, 5, 0, 5);
        assertThat(load.hasRoomFor(EMAIL)).isTrue();
        assertThat(load.canTakeNew(EMAIL)).isFalse();
    }

    @Test
    void refusesNegativeValuesAndMissingCapacities() {
        assertThatThrownBy(() -> load(-1, 5, 0, 5, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgentLoad.of(Map.of(), Map.of(LIVE_CHAT, 5))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void plusOneLeavesTheOriginalUnchanged() {
        AgentLoad load = load(0, 5, 0, 5, 0, 5);
        load.plusOne(ChannelGroup.LIVE_CHAT);
        assertThat(load.occupancy(LIVE_CHAT)).isZero();
    }
}
