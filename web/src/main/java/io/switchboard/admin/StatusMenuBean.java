package io.switchboard.admin;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Reader;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.agents.AgentStatus;
import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.VoiceState;
import io.switchboard.lifecycle.workspace.AgentWorkspace;
import io.switchboard.lifecycle.workspace.StatusCard;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's status menu in every page's header: their status (Full Capacity shown), load per channel group and call
 * state, the statuses to choose by group, and the page's activity heartbeat. Users who are no agent see none of it.
 */
@Named
@ViewScoped
public class StatusMenuBean implements Serializable {

    @EJB
    transient AgentWorkspace workspace;

    private transient StatusCard card;
    private boolean read;
    private Long statusId;

    /** The reader's presence; null for users who are no agent. */
    public StatusCard getCard() {
        if (!read) {
            card = workspace.status(Reader.username()).orElse(null);
            statusId = card == null ? null : card.getStatusId();
            read = true;
        }
        return card;
    }

    public boolean isAgent() {
        return getCard() != null;
    }

    /** The statuses by group (Available, Busy, Away, Unavailable), Full Capacity shown while in it. */
    public List<SelectItem> getStatusItems() {
        List<AgentStatus> statuses = workspace.choosableStatuses();
        List<SelectItem> groups = new ArrayList<>();
        StatusCard current = getCard();
        for (AgentStatusGroup group : AgentStatusGroup.values()) {
            List<SelectItem> items = new ArrayList<>();
            if (current != null && current.isFullCapacity() && group == current.getGroup()) {
                items.add(new SelectItem(current.getStatusId(), current.getStatusName()));
            }
            statuses.stream()
                    .filter(s -> s.getStatusGroup() == group)
                    .forEach(s -> items.add(new SelectItem(s.getId(), s.getName())));
            if (!items.isEmpty()) {
                groups.add(new SelectItemGroup(Labels.words(group), null, false, items.toArray(SelectItem[]::new)));
            }
        }
        return groups;
    }

    /** The agent chose a status: the engine decides (Full Capacity at 90% or more). */
    @ReportsRefusals
    public void change() {
        if (statusId == null || card != null && statusId == card.getStatusId()) {
            return;
        }
        try {
            card = workspace.setStatus(Reader.username(), statusId);
            read = true;
        } finally {
            statusId = getCard() == null ? null : getCard().getStatusId();
        }
    }

    /** The call state in words, e.g. "Wrapping up · 25 s left"; empty when idle. */
    public String getCallState() {
        StatusCard c = getCard();
        if (c == null || c.getVoiceState() == null || c.getVoiceState() == VoiceState.IDLE) {
            return "";
        }
        return switch (c.getVoiceState()) {
            case RINGING -> "Ringing";
            case IN_CALL -> "In a call";
            case WRAPPING -> "Wrapping up · " + c.getWrapUpSecondsLeft() + " s left";
            case IDLE -> "";
        };
    }

    /** Seconds of wrap-up left while wrapping up (the page counts them down), otherwise null. */
    public Long getWrapUpSecondsLeft() {
        StatusCard c = getCard();
        return c != null && c.getVoiceState() == VoiceState.WRAPPING ? c.getWrapUpSecondsLeft() : null;
    }

    /** The page's activity (typing, clicking) while the agent works. */
    public void heartbeat() {
        workspace.heartbeat(Reader.username());
        read = false;
    }

    /** Reads the presence anew (a live notice). */
    public void reread() {
        read = false;
    }

    public Long getStatusId() {
        getCard();
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }
}
