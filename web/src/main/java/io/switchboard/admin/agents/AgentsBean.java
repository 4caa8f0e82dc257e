package io.switchboard.admin.agents;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.RefusalWording;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.agents.AgentPresence;
import io.switchboard.agents.AgentService;
import io.switchboard.agents.AgentState;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.agents.logic.AgentEmails;
import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The agents screen: agents and bots by enabled, the chosen one's details to edit, and new bots. */
@Named
@ViewScoped
public class AgentsBean implements Serializable {

    @EJB
    transient AgentService agents;

    @EJB
    transient QueueService queues;

    private Boolean enabled;
    private List<AgentSummary> rows;

    @EJB
    AgentPresence presence;

    @Inject
    AgentWorkloads workloads;

    private AgentSummary selected;
    // The selected agent's status and load, read when selected: "Available (AVAILABLE)", "Live messaging 1/5, ...".
    private String selectedStatus;
    private String selectedLoad;

    // The selected agent's details as the editor changes them.
    private String name;
    private String title;
    private String phone;
    private String email;
    private boolean enabledEdit;
    private List<Long> queueIds = new ArrayList<>();

    // The selected agent's wrap-up time after calls, in seconds.
    private Integer wrapUpSeconds;

    // A new person: their user (role Agent) and agent.
    private String personUsername;
    private String personName;
    private String personPassword;
    private List<Long> personQueueIds = new ArrayList<>();

    private String botName;
    private List<Long> botQueueIds = new ArrayList<>();

    private transient List<Queue> queueChoices;

    @PostConstruct
    void load() {
        rows = agents.list(enabled).stream().map(AgentSummary::new).toList();
    }

    /** Shows the agents the enabled filter now selects. */
    public void filter() {
        load();
        setSelected(null);
    }

    @ReportsRefusals
    public void createBot() {
        AgentSummary bot = new AgentSummary(
                agents.find(agents.createBot(botName.trim(), botQueueIds).getId()));
        Messages.inform("Bot " + UserText.quoted(bot.getName()) + " created");
        botName = null;
        botQueueIds = new ArrayList<>();
        load();
        setSelected(bot);
    }

    /** Creates a person who signs in: their user with the Agent role, and their agent in the chosen queues. */
    @ReportsRefusals
    public void createPerson() {
        boolean complete = true;
        if (personUsername == null || personUsername.isBlank()) {
            Messages.failAt("person:username", "Enter a username");
            complete = false;
        }
        if (personName == null || personName.isBlank()) {
            Messages.failAt("person:name", "Enter a name");
            complete = false;
        }
        if (personPassword == null || personPassword.isEmpty()) {
            Messages.failAt("person:password", "Enter a password of 12 to 200 characters");
            complete = false;
        }
        if (!complete) {
            return;
        }
        AgentSummary person = new AgentSummary(agents.find(agents.createHuman(
                        personUsername.trim(),
                        personPassword.toCharArray(),
                        personName.trim(),
                        null,
                        null,
                        personQueueIds)
                .getId()));
        Messages.inform("Agent " + UserText.quoted(person.getName()) + " created; they sign in as "
                + UserText.isolated(personUsername.trim()));
        personUsername = null;
        personName = null;
        personPassword = null;
        personQueueIds = new ArrayList<>();
        load();
        setSelected(person);
    }

    @ReportsRefusals
    public void save() {
        if (wrapUpSeconds == null || wrapUpSeconds < 0 || wrapUpSeconds > AgentPresence.MAX_WRAP_UP_SECONDS) {
            // Checked before the agent is saved so a refused time stores nothing; the bounds are the engine's.
            Messages.failAt(
                    "edit:wrapUp",
                    RefusalWording.range("Wrap-up time after calls", 0, AgentPresence.MAX_WRAP_UP_SECONDS));
            return;
        }
        String checkedEmail;
        try {
            checkedEmail = AgentEmails.checked("email", email);
        } catch (InvalidInputException e) {
            Messages.failAt("edit:email", "Enter an email address such as ana@example.com, or none");
            return;
        }
        agents.update(selected.getId(), name.trim(), blankToNull(title), blankToNull(phone), enabledEdit, queueIds);
        agents.changeEmail(selected.getId(), checkedEmail);
        presence.setWrapUp(selected.getId(), wrapUpSeconds);
        Messages.inform("Agent " + UserText.quoted(name.trim()) + " saved");
        load();
        setSelected(new AgentSummary(agents.find(selected.getId())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The queues an agent can be put in: every queue but the Default one, which every agent is in. */
    public List<Queue> getQueues() {
        if (queueChoices == null) {
            queueChoices =
                    queues.list().stream().filter(q -> !q.isDefaultQueue()).toList();
        }
        return queueChoices;
    }

    public List<AgentSummary> getRows() {
        return rows;
    }

    public AgentSummary getSelected() {
        return selected;
    }

    /** Selects an agent and fills the editor with its details. */
    public void setSelected(AgentSummary selected) {
        this.selected = selected;
        if (selected != null) {
            name = selected.getName();
            title = selected.getTitle();
            phone = selected.getPhone();
            email = selected.getEmail();
            enabledEdit = selected.isEnabled();
            queueIds = new ArrayList<>(selected.getQueueIds());
            AgentState state = presence.state(selected.getId());
            wrapUpSeconds = state.getWrapUpSeconds();
            selectedStatus = state.getStatus().getName() + " ("
                    + Labels.words(state.getStatus().getStatusGroup()) + ")";
            AgentLoad load = workloads.load(selected.getId());
            StringBuilder text = new StringBuilder();
            for (ChannelGroup group : ChannelGroup.values()) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(Labels.group(group))
                        .append(' ')
                        .append(load.occupancy(group))
                        .append('/')
                        .append(load.capacity(group));
            }
            selectedLoad = text.toString();
        }
    }

    public Integer getWrapUpSeconds() {
        return wrapUpSeconds;
    }

    public void setWrapUpSeconds(Integer wrapUpSeconds) {
        this.wrapUpSeconds = wrapUpSeconds;
    }

    public String getPersonUsername() {
        return personUsername;
    }

    public void setPersonUsername(String personUsername) {
        this.personUsername = personUsername;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonPassword() {
        return personPassword;
    }

    public void setPersonPassword(String personPassword) {
        this.personPassword = personPassword;
    }

    public List<Long> getPersonQueueIds() {
        return personQueueIds;
    }

    public void setPersonQueueIds(List<Long> personQueueIds) {
        this.personQueueIds = personQueueIds;
    }

    public String getSelectedStatus() {
        return selectedStatus;
    }

    public String getSelectedLoad() {
        return selectedLoad;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isEnabledEdit() {
        return enabledEdit;
    }

    public void setEnabledEdit(boolean enabledEdit) {
        this.enabledEdit = enabledEdit;
    }

    public List<Long> getQueueIds() {
        return queueIds;
    }

    public void setQueueIds(List<Long> queueIds) {
        this.queueIds = queueIds;
    }

    public String getBotName() {
        return botName;
    }

    public void setBotName(String botName) {
        this.botName = botName;
    }

    public List<Long> getBotQueueIds() {
        return botQueueIds;
    }

    public void setBotQueueIds(List<Long> botQueueIds) {
        this.botQueueIds = botQueueIds;
    }
}
