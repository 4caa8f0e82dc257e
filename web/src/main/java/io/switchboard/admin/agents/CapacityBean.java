package io.switchboard.admin.agents;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentCapacities;
import io.switchboard.agents.AgentKind;
import io.switchboard.agents.AgentPresence;
import io.switchboard.agents.AgentService;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.agents.OccupyingStatuses;
import io.switchboard.channels.ChannelGroup;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity screen: default capacity per channel group, an agent's own capacity, the conversation statuses that
 * occupy agents (with reset to default), and the inactivity time after which agents go Offline.
 */
@Named
@ViewScoped
public class CapacityBean implements Serializable {

    // No ranges here: the engine refuses an out-of-range number and the page shows its words beside the input.

    @EJB
    transient AgentPresence presence;

    @Inject
    AgentCapacities agentCapacities;

    @Inject
    AgentWorkloads workloads;

    @EJB
    transient AgentService agents;

    private Integer liveMessaging;

    private Integer liveChat;

    private Integer email;

    private boolean waiting;
    private boolean solved;

    private Integer inactivityMinutes;

    private Long agentId;

    private Integer agentLiveMessaging;

    private Integer agentLiveChat;

    private Integer agentEmail;

    private List<Agent> humans;

    @PostConstruct
    void load() {
        Map<ChannelGroup, Integer> defaults = agentCapacities.defaultCapacities();
        liveMessaging = defaults.get(ChannelGroup.LIVE_MESSAGING);
        liveChat = defaults.get(ChannelGroup.LIVE_CHAT);
        email = defaults.get(ChannelGroup.EMAIL);
        OccupyingStatuses occupying = workloads.occupyingStatuses();
        waiting = occupying.waiting();
        solved = occupying.solved();
        inactivityMinutes = presence.inactivityMinutes();
        humans = agents.list(null).stream()
                .filter(a -> a.getKind() == AgentKind.HUMAN)
                .toList();
    }

    @ReportsRefusals
    public void saveDefaults() {
        Map<ChannelGroup, Integer> capacities = new EnumMap<>(ChannelGroup.class);
        capacities.put(ChannelGroup.LIVE_MESSAGING, liveMessaging);
        capacities.put(ChannelGroup.LIVE_CHAT, liveChat);
        capacities.put(ChannelGroup.EMAIL, email);
        // One engine call: a refused value stores nothing.
        agentCapacities.changeDefaults(capacities, inactivityMinutes);
        Messages.inform("Default capacity saved");
    }

    public void saveOccupying() {
        workloads.changeOccupyingStatuses(new OccupyingStatuses(waiting, solved));
        Messages.inform("Statuses counted in capacity saved");
    }

    public void resetOccupying() {
        workloads.resetOccupyingStatuses();
        load();
        Messages.inform("Statuses counted in capacity reset to default");
    }

    public void agentChosen() {
        if (agentId == null) {
            agentLiveMessaging = agentLiveChat = agentEmail = null;
            return;
        }
        Map<ChannelGroup, Integer> own = agentCapacities.ownCapacities(agentId);
        agentLiveMessaging = own.get(ChannelGroup.LIVE_MESSAGING);
        agentLiveChat = own.get(ChannelGroup.LIVE_CHAT);
        agentEmail = own.get(ChannelGroup.EMAIL);
    }

    @ReportsRefusals
    public void saveAgent() {
        if (agentId == null) {
            return;
        }
        Map<ChannelGroup, Integer> own = new EnumMap<>(ChannelGroup.class);
        own.put(ChannelGroup.LIVE_MESSAGING, agentLiveMessaging);
        own.put(ChannelGroup.LIVE_CHAT, agentLiveChat);
        own.put(ChannelGroup.EMAIL, agentEmail);
        agentCapacities.changeOwnCapacities(agentId, own);
        Messages.inform("Agent capacity saved");
    }

    public List<Agent> getHumans() {
        return humans;
    }

    public Integer getLiveMessaging() {
        return liveMessaging;
    }

    public void setLiveMessaging(Integer liveMessaging) {
        this.liveMessaging = liveMessaging;
    }

    public Integer getLiveChat() {
        return liveChat;
    }

    public void setLiveChat(Integer liveChat) {
        this.liveChat = liveChat;
    }

    public Integer getEmail() {
        return email;
    }

    public void setEmail(Integer email) {
        this.email = email;
    }

    public boolean isWaiting() {
        return waiting;
    }

    public void setWaiting(boolean waiting) {
        this.waiting = waiting;
    }

    public boolean isSolved() {
        return solved;
    }

    public void setSolved(boolean solved) {
        this.solved = solved;
    }

    public Integer getInactivityMinutes() {
        return inactivityMinutes;
    }

    public void setInactivityMinutes(Integer inactivityMinutes) {
        this.inactivityMinutes = inactivityMinutes;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public Integer getAgentLiveMessaging() {
        return agentLiveMessaging;
    }

    public void setAgentLiveMessaging(Integer agentLiveMessaging) {
        this.agentLiveMessaging = agentLiveMessaging;
    }

    public Integer getAgentLiveChat() {
        return agentLiveChat;
    }

    public void setAgentLiveChat(Integer agentLiveChat) {
        this.agentLiveChat = agentLiveChat;
    }

    public Integer getAgentEmail() {
        return agentEmail;
    }

    public void setAgentEmail(Integer agentEmail) {
        this.agentEmail = agentEmail;
    }
}
