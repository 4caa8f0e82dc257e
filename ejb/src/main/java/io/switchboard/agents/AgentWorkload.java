package io.switchboard.agents;

/** One agent's status and load as the live view shows it (a class with getters, for Facelets). */
public class AgentWorkload {

    private final long agentId;
    private final String name;
    private final String status;
    private final AgentStatusGroup group;
    private final String liveMessaging;
    private final String liveChat;
    private final String email;
    private final String voice;
    private final double workload;
    private final double combinedPercent;

    public AgentWorkload(
            long agentId,
            String name,
            String status,
            AgentStatusGroup group,
            String liveMessaging,
            String liveChat,
            String email,
            String voice,
            double workload,
            double combinedPercent) {
        this.agentId = agentId;
        this.name = name;
        this.status = status;
        this.group = group;
        this.liveMessaging = liveMessaging;
        this.liveChat = liveChat;
        this.email = email;
        this.voice = voice;
        this.workload = workload;
        this.combinedPercent = combinedPercent;
    }

    public long getAgentId() {
        return agentId;
    }

    public String getName() {
        return name;
    }

    public String getStatus() {
        return status;
    }

    public AgentStatusGroup getGroup() {
        return group;
    }

    /** Occupancy/capacity, e.g. "2/5". */
    public String getLiveMessaging() {
        return liveMessaging;
    }

    public String getLiveChat() {
        return liveChat;
    }

    public String getEmail() {
        return email;
    }

    public String getVoice() {
        return voice;
    }

    /** The Weight Sum Method's workload in percent. */
    public double getWorkload() {
        return workload;
    }

    /** The combined percent that decides Full Capacity. */
    public double getCombinedPercent() {
        return combinedPercent;
    }
}
