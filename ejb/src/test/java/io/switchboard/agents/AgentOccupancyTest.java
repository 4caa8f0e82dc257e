package io.switchboard.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.ConversationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The occupancy counters' columns and the occupancy they give under each choice of occupying statuses. */
class AgentOccupancyTest {

    @Test
    void everyCounterHasItsColumnInTheMigrationAndVoiceAndClosedHaveNone() throws Exception {
        String migration = Files.readString(
                Path.of("../persistence/src/main/resources/db/migration/V56__agent_occupancy_counters.sql"));
        for (ChannelGroup group : ChannelGroup.values()) {
            for (ConversationStatus status : ConversationStatus.values()) {
                String column = AgentOccupancy.column(group, status);
                if (group == ChannelGroup.VOICE || status == ConversationStatus.CLOSED) {
                    assertNull(column);
                } else {
                    assertTrue(migration.contains("add column " + column + " "), column);
                    assertTrue(migration.contains("set " + column + " = "), column + " backfilled");
                }
            }
        }
    }

    @Test
    void occupancyAddsWaitingAndSolvedOnlyWhenTheyOccupy() throws Exception {
        AgentState state = new AgentState(
                1L,
                new AgentStatus("Available", AgentStatusGroup.AVAILABLE, Instant.EPOCH),
                Instant.EPOCH,
                (agentId, status, at) -> {});
        set(state, "occOpenLiveMessaging", 3);
        set(state, "occWaitingLiveMessaging", 2);
        set(state, "occSolvedLiveMessaging", 1);
        set(state, "occOpenEmail", 4);
        assertEquals(
                Map.of(ChannelGroup.LIVE_MESSAGING, 6, ChannelGroup.LIVE_CHAT, 0, ChannelGroup.EMAIL, 4),
                AgentOccupancy.occupancy(state, true, true));
        assertEquals(
                Map.of(ChannelGroup.LIVE_MESSAGING, 3, ChannelGroup.LIVE_CHAT, 0, ChannelGroup.EMAIL, 4),
                AgentOccupancy.occupancy(state, false, false));
        assertEquals(5, AgentOccupancy.occupancy(state, true, false).get(ChannelGroup.LIVE_MESSAGING));
    }

    private static final ChannelGroup LM = ChannelGroup.LIVE_MESSAGING;
    private static final ConversationStatus OPEN = ConversationStatus.OPEN;

    @Test
    void anAssignmentWritesTheAgentsCounterAndTheAssignmentTimeInOneStatement() {
        assertEquals(
                List.of(new AgentOccupancy.Write(7L, "occ_open_live_messaging = occ_open_live_messaging + 1", true)),
                AgentOccupancy.writes(LM, null, OPEN, 7L, OPEN, true));
    }

    @Test
    void aTransferTakesTheCounterFromOneAgentAndGivesItWithTheTimeToTheOther() {
        assertEquals(
                List.of(
                        new AgentOccupancy.Write(3L, "occ_open_live_messaging = occ_open_live_messaging - 1", false),
                        new AgentOccupancy.Write(7L, "occ_open_live_messaging = occ_open_live_messaging + 1", true)),
                AgentOccupancy.writes(LM, 3L, OPEN, 7L, OPEN, true));
    }

    @Test
    void aCallOrAClosedConversationStillRecordsTheAssignmentTimeWithoutACounter() {
        assertEquals(
                List.of(new AgentOccupancy.Write(7L, null, true)),
                AgentOccupancy.writes(ChannelGroup.VOICE, null, OPEN, 7L, OPEN, true));
        assertEquals(
                List.of(new AgentOccupancy.Write(7L, null, true)),
                AgentOccupancy.writes(LM, null, ConversationStatus.CLOSED, 7L, ConversationStatus.CLOSED, true));
    }

    @Test
    void aBotOrAnUnassignmentWritesNoTime() {
        assertEquals(List.of(), AgentOccupancy.writes(ChannelGroup.VOICE, null, OPEN, 9L, OPEN, false));
        assertEquals(
                List.of(new AgentOccupancy.Write(9L, "occ_open_live_messaging = occ_open_live_messaging + 1", false)),
                AgentOccupancy.writes(LM, null, OPEN, 9L, OPEN, false));
        assertEquals(
                List.of(new AgentOccupancy.Write(3L, "occ_open_live_messaging = occ_open_live_messaging - 1", false)),
                AgentOccupancy.writes(LM, 3L, OPEN, null, OPEN, true));
    }

    @Test
    void aStatusChangeWithTheSameAgentIsNeverAnAssignment() {
        assertEquals(
                List.of(new AgentOccupancy.Write(
                        3L,
                        "occ_open_live_messaging = occ_open_live_messaging - 1,"
                                + " occ_solved_live_messaging = occ_solved_live_messaging + 1",
                        false)),
                AgentOccupancy.writes(LM, 3L, OPEN, 3L, ConversationStatus.SOLVED, true));
        assertEquals(List.of(), AgentOccupancy.writes(LM, 3L, OPEN, 3L, OPEN, true));
        assertEquals(
                List.of(new AgentOccupancy.Write(3L, "occ_open_live_messaging = occ_open_live_messaging - 1", false)),
                AgentOccupancy.writes(LM, 3L, OPEN, 3L, ConversationStatus.CLOSED, true));
        assertEquals(
                List.of(new AgentOccupancy.Write(3L, "occ_open_live_messaging = occ_open_live_messaging + 1", false)),
                AgentOccupancy.writes(LM, 3L, ConversationStatus.CLOSED, 3L, OPEN, false));
    }

    private static void set(AgentState state, String field, int value) throws Exception {
        var f = AgentState.class.getDeclaredField(field);
        f.setAccessible(true);
        f.setInt(state, value);
    }
}
