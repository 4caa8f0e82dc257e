package io.switchboard.lifecycle.workspace;

import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.VoiceState;
import java.io.Serializable;
import java.util.List;

/** An agent's presence as their header shows it: status, Full Capacity, load per channel group and call state. */
public final class StatusCard implements Serializable {

    /** Occupancy and capacity of one channel group, e.g. "Live chat 1/5". */
    public static final class GroupLoad implements Serializable {
        private final String group;
        private final int occupancy;
        private final int capacity;

        GroupLoad(String group, int occupancy, int capacity) {
            this.group = group;
            this.occupancy = occupancy;
            this.capacity = capacity;
        }

        public String getGroup() {
            return group;
        }

        public int getOccupancy() {
            return occupancy;
        }

        public int getCapacity() {
            return capacity;
        }
    }

    final long agentId;
    final long statusId;
    final String statusName;
    final AgentStatusGroup group;
    final boolean fullCapacity;
    final String returnStatusName;
    final List<GroupLoad> loads;
    final VoiceState voiceState;
    final long wrapUpSecondsLeft;

    StatusCard(
            long agentId,
            long statusId,
            String statusName,
            AgentStatusGroup group,
            boolean fullCapacity,
            String returnStatusName,
            List<GroupLoad> loads,
            VoiceState voiceState,
            long wrapUpSecondsLeft) {
        this.agentId = agentId;
        this.statusId = statusId;
        this.statusName = statusName;
        this.group = group;
        this.fullCapacity = fullCapacity;
        this.returnStatusName = returnStatusName;
        this.loads = List.copyOf(loads);
        this.voiceState = voiceState;
        this.wrapUpSecondsLeft = wrapUpSecondsLeft;
    }

    public long getAgentId() {
        return agentId;
    }

    public long getStatusId() {
        return statusId;
    }

    public String getStatusName() {
        return statusName;
    }

    public AgentStatusGroup getGroup() {
        return group;
    }

    /** In the Full Capacity state (90% or more of their capacity). */
    public boolean isFullCapacity() {
        return fullCapacity;
    }

    /** The status Full Capacity returns to once under capacity; null otherwise. */
    public String getReturnStatusName() {
        return returnStatusName;
    }

    public List<GroupLoad> getLoads() {
        return loads;
    }

    public VoiceState getVoiceState() {
        return voiceState;
    }

    /** While wrapping up a call: the seconds left. */
    public long getWrapUpSecondsLeft() {
        return wrapUpSecondsLeft;
    }
}
