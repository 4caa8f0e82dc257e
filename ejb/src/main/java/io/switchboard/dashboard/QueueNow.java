package io.switchboard.dashboard;

import io.switchboard.agents.AgentStatusGroup;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** One queue on the live dashboard (a class: Jakarta EL 5 cannot read records). */
public final class QueueNow implements Serializable {

    private final long queueId;
    private final String name;
    private final long waiting;
    private final long longestWaitSeconds;
    private final long assigned;
    private final Map<AgentStatusGroup, Integer> agentsByGroup;
    private final double occupancyPercent;
    private final long slaAtRisk;
    private final long slaBreachedToday;
    private final long messagesInLastHour;
    private final long messagesOutLastHour;

    public QueueNow(
            long queueId,
            String name,
            long waiting,
            long longestWaitSeconds,
            long assigned,
            Map<AgentStatusGroup, Integer> agentsByGroup,
            double occupancyPercent,
            long slaAtRisk,
            long slaBreachedToday,
            long messagesInLastHour,
            long messagesOutLastHour) {
        this.queueId = queueId;
        this.name = name;
        this.waiting = waiting;
        this.longestWaitSeconds = longestWaitSeconds;
        this.assigned = assigned;
        this.agentsByGroup = new EnumMap<>(AgentStatusGroup.class);
        for (AgentStatusGroup group : AgentStatusGroup.values()) {
            this.agentsByGroup.put(group, agentsByGroup.getOrDefault(group, 0));
        }
        this.occupancyPercent = occupancyPercent;
        this.slaAtRisk = slaAtRisk;
        this.slaBreachedToday = slaBreachedToday;
        this.messagesInLastHour = messagesInLastHour;
        this.messagesOutLastHour = messagesOutLastHour;
    }

    public long getQueueId() {
        return queueId;
    }

    public String getName() {
        return name;
    }

    /** Open conversations without an assignee. */
    public long getWaiting() {
        return waiting;
    }

    /** How long the oldest of them has waited; 0 when none waits. */
    public long getLongestWaitSeconds() {
        return longestWaitSeconds;
    }

    /** Open and Waiting conversations with an assignee (agent or bot). */
    public long getAssigned() {
        return assigned;
    }

    /** The queue's agents per status group, every group present. */
    public Map<AgentStatusGroup, Integer> getAgentsByGroup() {
        return agentsByGroup;
    }

    public double getOccupancyPercent() {
        return occupancyPercent;
    }

    public long getSlaAtRisk() {
        return slaAtRisk;
    }

    public long getSlaBreachedToday() {
        return slaBreachedToday;
    }

    public long getMessagesInLastHour() {
        return messagesInLastHour;
    }

    public long getMessagesOutLastHour() {
        return messagesOutLastHour;
    }
}
