package io.switchboard.assignment.logic;

import static io.switchboard.channels.ChannelGroup.EMAIL;
import static io.switchboard.channels.ChannelGroup.LIVE_CHAT;
import static io.switchboard.channels.ChannelGroup.LIVE_MESSAGING;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.assignment.logic.BulkAssignment.Waiting;
import io.switchboard.conversations.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkAssignmentTest {

    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");

    private static Waiting waiting(long id, Priority priority, int minute) {
        return new Waiting(id, priority, T0.plusSeconds(60L * minute), LIVE_MESSAGING);
    }

    private static AgentLoad free(int messagingCapacity) {
        return AgentLoad.of(Map.of(), Map.of(LIVE_MESSAGING, messagingCapacity, LIVE_CHAT, 5, EMAIL, 5));
    }

    @Test
    void assignsByPriorityThenCreatedAtUntilCapacityIsFull() {
        List<Waiting> waiting = List.of(
                waiting(1, Priority.NORMAL, 1),
                waiting(2, Priority.URGENT, 5),
                waiting(3, Priority.HIGH, 2),
                waiting(4, Priority.NORMAL, 0),
                waiting(5, Priority.LOW, 0));
        assertThat(BulkAssignment.plan(waiting, free(4)))
                .extracting(Waiting::conversationId)
                .containsExactly(2L, 3L, 4L, 1L);
    }

    @Test
    void sameTimeGoesByConversationId() {
        assertThat(BulkAssignment.plan(
                        List.of(waiting(8, Priority.NORMAL, 0), waiting(6, Priority.NORMAL, 0)), free(5)))
                .extracting(Waiting::conversationId)
                .containsExactly(6L, 8L);
    }

    @Test
    void anAgentAlreadyFullTakesNothing() {
        AgentLoad full = AgentLoad.of(Map.of(LIVE_MESSAGING, 2), Map.of(LIVE_MESSAGING, 2, LIVE_CHAT, 5, EMAIL, 5));
        assertThat(BulkAssignment.plan(List.of(waiting(1, Priority.NORMAL, 0)), full))
                .isEmpty();
    }

    @Test
    void skipsAGroupWithoutRoomButFillsAnother() {
        AgentLoad load = AgentLoad.of(Map.of(), Map.of(LIVE_MESSAGING, 0, LIVE_CHAT, 1, EMAIL, 5));
        List<Waiting> waiting = List.of(
                waiting(1, Priority.URGENT, 0),
                new Waiting(2, Priority.NORMAL, T0, LIVE_CHAT),
                new Waiting(3, Priority.NORMAL, T0.plusSeconds(1), LIVE_CHAT));
        assertThat(BulkAssignment.plan(waiting, load))
                .extracting(Waiting::conversationId)
                .containsExactly(2L);
    }

    @Test
    void stopsAtFullCapacityAcrossGroups() {
        // Live messaging 4/5 = 80% plus one email of 5 = 100%: full after the email, so the chat waits.
        AgentLoad load = AgentLoad.of(Map.of(LIVE_MESSAGING, 4), Map.of(LIVE_MESSAGING, 5, LIVE_CHAT, 5, EMAIL, 5));
        List<Waiting> waiting =
                List.of(new Waiting(1, Priority.HIGH, T0, EMAIL), new Waiting(2, Priority.NORMAL, T0, LIVE_CHAT));
        assertThat(BulkAssignment.plan(waiting, load))
                .extracting(Waiting::conversationId)
                .containsExactly(1L);
    }

    @Test
    void nothingWaitingNothingPlanned() {
        assertThat(BulkAssignment.plan(List.of(), free(5))).isEmpty();
    }
}
