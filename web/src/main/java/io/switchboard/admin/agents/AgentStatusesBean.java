package io.switchboard.admin.agents;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.agents.AgentStatus;
import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.AgentStatuses;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** The agent statuses screen: default statuses, and custom ones to create, edit or delete. */
@Named
@ViewScoped
public class AgentStatusesBean implements Serializable {

    @EJB
    transient AgentStatuses agentStatuses;

    private List<AgentStatus> statuses;

    @NotBlank
    @Size(max = 50)
    private String name;

    @NotNull
    private AgentStatusGroup group = AgentStatusGroup.BUSY;

    // The edit dialog
    private Long editing;
    private String editName;
    private AgentStatusGroup editGroup;

    @PostConstruct
    void load() {
        statuses = agentStatuses.statuses();
    }

    @ReportsRefusals
    public void create() {
        Messages.inform("Status "
                + UserText.quoted(agentStatuses.createStatus(name.trim(), group).getName()) + " created");
        name = null;
        load();
    }

    @ReportsRefusals
    public void delete(AgentStatus status) {
        agentStatuses.deleteStatus(status.getId());
        Messages.inform("Status " + UserText.quoted(status.getName()) + " deleted");
        load();
    }

    /** Opens the edit dialog on a custom status. */
    public void edit(AgentStatus status) {
        editing = status.getId();
        editName = status.getName();
        editGroup = status.getStatusGroup();
    }

    /** Renames a custom status or moves it to another group; agents in it keep it. */
    @ReportsRefusals
    public void save() {
        if (editName == null || editName.isBlank()) {
            Messages.failAt("edit:name", "Enter the status's name");
            return;
        }
        try {
            AgentStatus changed = agentStatuses.changeStatus(editing, editName.trim(), editGroup);
            Messages.inform("Status " + UserText.quoted(changed.getName()) + " saved");
            PrimeFaces.current().executeScript("PF('editStatus').hide()");
        } finally {
            load();
        }
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public AgentStatusGroup getEditGroup() {
        return editGroup;
    }

    public void setEditGroup(AgentStatusGroup editGroup) {
        this.editGroup = editGroup;
    }

    public List<AgentStatus> getStatuses() {
        return statuses;
    }

    public AgentStatusGroup[] getGroups() {
        return AgentStatusGroup.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgentStatusGroup getGroup() {
        return group;
    }

    public void setGroup(AgentStatusGroup group) {
        this.group = group;
    }
}
