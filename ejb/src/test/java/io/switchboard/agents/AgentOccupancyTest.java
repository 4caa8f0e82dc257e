package io.switchboard.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.ConversationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

    private static void set(AgentState state, String field, int value) throws Exception {
        var f = AgentState.class.getDeclaredField(field);
        f.setAccessible(true);
        f.setInt(state, value);
    }
}
