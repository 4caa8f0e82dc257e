package io.switchboard.api.agents;

import io.switchboard.agents.AgentState;
import io.switchboard.agents.AgentStatus;
import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.VoiceState;
import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.platform.InvalidInputException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Response shapes of agent presence and capacity, and the parsing of capacity maps. */
public final class PresenceViews {

    private PresenceViews() {}

    /** A status agents can be in. */
    public record StatusView(long id, String name, AgentStatusGroup group, boolean defaultStatus, String systemCode) {
        public static StatusView of(AgentStatus status) {
            return new StatusView(
                    status.getId(),
                    status.getName(),
                    status.getStatusGroup(),
                    status.isDefaultStatus(),
                    status.getSystemCode());
        }
    }

    /** Occupancy and capacity of one channel group. */
    public record GroupLoad(int occupancy, int capacity, double percent) {}

    /** An agent's presence: status, activity, call state and load. */
    public record PresenceView(
            long agentId,
            StatusView status,
            Instant statusSince,
            Instant lastActivityAt,
            Instant lastAssignedAt,
            VoiceState voiceState,
            int wrapUpSeconds,
            Map<ChannelGroup, GroupLoad> load,
            double workload,
            double combinedPercent,
            boolean fullCapacity) {
        public static PresenceView of(AgentState state, AgentLoad load) {
            Map<ChannelGroup, GroupLoad> groups = new EnumMap<>(ChannelGroup.class);
            for (ChannelGroup group : ChannelGroup.values()) {
                groups.put(group, new GroupLoad(load.occupancy(group), load.capacity(group), load.percent(group)));
            }
            return new PresenceView(
                    state.getAgentId(),
                    StatusView.of(state.getStatus()),
                    state.getStatusSince(),
                    state.getLastActivityAt(),
                    state.getLastAssignedAt(),
                    state.getVoiceState(),
                    state.getWrapUpSeconds(),
                    groups,
                    load.scoringWorkload(),
                    load.combinedPercent(),
                    load.isFullCapacity());
        }
    }

    /** Capacities by channel group name; unknown names and voice are refused naming the field. */
    public static Map<ChannelGroup, Integer> capacities(Map<String, Integer> request, boolean nullAllowed) {
        if (request == null) {
            throw new InvalidInputException("capacities", "is required");
        }
        Map<ChannelGroup, Integer> parsed = new LinkedHashMap<>();
        request.forEach((name, value) -> {
            String field = "capacities." + name;
            ChannelGroup group;
            try {
                group = ChannelGroup.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "must be one of LIVE_MESSAGING, LIVE_CHAT, EMAIL");
            }
            if (value == null && !nullAllowed) {
                throw new InvalidInputException(field, "must be a number");
            }
            parsed.put(group, value);
        });
        return parsed;
    }

    /** The map form of capacities in answers. */
    public static Map<ChannelGroup, Integer> answer(Map<ChannelGroup, Integer> capacities) {
        return new EnumMap<>(capacities.isEmpty() ? Map.of() : capacities);
    }
}
