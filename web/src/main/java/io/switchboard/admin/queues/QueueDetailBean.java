package io.switchboard.admin.queues;

import io.switchboard.admin.queues.AssignmentChoice.Target;
import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentService;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.hours.WorkingHoursPeriod;
import io.switchboard.hours.WorkingHoursService;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.queues.AutoAssignment;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.routing.RouteService;
import io.switchboard.settings.SettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A queue's detail page (the guide's "Manage queues"): its name, agents, the routes leading to it, working hours,
 * automatic assignment, notifications and senders. Every change goes through the services the REST API uses.
 */
@Named
@ViewScoped
public class QueueDetailBean implements Serializable {

    /** An agent or sender as the page lists it: id and the words shown. */
    public record Item(long id, String label, String detail) implements Serializable {
        // Jakarta EL 5 reads bean getters, not record accessors.
        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public String getDetail() {
            return detail;
        }
    }

    /** A route leading to the queue. */
    public record RouteItem(long id, int position, String name, boolean enabled) implements Serializable {
        // Jakarta EL 5 reads bean getters, not record accessors.
        public long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public String getName() {
            return name;
        }

        public boolean isEnabled() {
            return enabled;
        }
    }

    @EJB
    transient QueueService queues;

    @EJB
    transient AgentService agents;

    @EJB
    transient RouteService routes;

    @EJB
    transient WorkingHoursService workingHours;

    @EJB
    transient SenderService senders;

    @Inject
    SettingsService settings;

    private Long id;
    private boolean found;
    private String storedName;
    private String name;
    private boolean defaultQueue;
    private List<Item> queueAgents = List.of();
    private List<Item> otherAgents = List.of();
    private Long agentToAdd;
    private List<RouteItem> queueRoutes = List.of();
    private List<Item> periods = List.of();
    private Long periodId;
    private Target target;
    private AutoAssignment period;
    private boolean notifyNewConversation;
    private boolean notifyNewMessage;
    private boolean sendersPerQueue;
    private List<Item> queueSenders = List.of();
    private List<Item> otherSenders = List.of();
    private Long senderToAdd;
    private Long defaultSenderId;

    /** Reads the queue the address names (?id=); the view keeps it across the page's own requests. */
    @PostConstruct
    void open() {
        String asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        try {
            id = asked == null ? null : Long.valueOf(asked.trim());
        } catch (NumberFormatException e) {
            id = null;
        }
        load();
    }

    private void load() {
        Queue queue = id == null ? null : queues.findInUse(id).orElse(null);
        found = queue != null;
        if (!found) {
            return;
        }
        storedName = queue.getName();
        name = storedName;
        defaultQueue = queue.isDefaultQueue();
        List<Agent> staff = queues.agentsOf(id);
        queueAgents = staff.stream().map(QueueDetailBean::agentItem).toList();
        otherAgents = agents.list(true).stream()
                .filter(a -> !staff.contains(a))
                .map(QueueDetailBean::agentItem)
                .toList();
        queueRoutes = routes.routesTo(id).stream()
                .map(r -> new RouteItem(r.getId(), r.getOrdinal(), r.getName(), r.isEnabled()))
                .toList();
        periods = workingHours.list().stream()
                .map(p -> new Item(p.getId(), p.getName(), p.isDefaultPeriod() ? "Default" : null))
                .toList();
        periodId = queue.getWorkingHoursPeriod().getId();
        target = AssignmentChoice.target(queue.getAutoAssignment());
        period = AssignmentChoice.period(queue.getAutoAssignment());
        notifyNewConversation = queue.isNotifyNewConversation();
        notifyNewMessage = queue.isNotifyNewMessage();
        sendersPerQueue = settings.sendersPerQueue();
        queueSenders = queue.getSenders().stream()
                .sorted(Comparator.comparing(Sender::getId))
                .map(QueueDetailBean::senderItem)
                .toList();
        // By id: the queue's senders and the list come from different transactions, so they are different objects.
        Set<Long> talkingFrom = queue.getSenders().stream().map(Sender::getId).collect(Collectors.toSet());
        otherSenders = senders.list().stream()
                .filter(s -> !talkingFrom.contains(s.getId()))
                .map(QueueDetailBean::senderItem)
                .toList();
        defaultSenderId = queue.getDefaultSender() == null
                ? null
                : queue.getDefaultSender().getId();
        agentToAdd = null;
        senderToAdd = null;
    }

    private static Item agentItem(Agent agent) {
        return new Item(agent.getId(), agent.getName(), Labels.words(agent.getKind()));
    }

    private static Item senderItem(Sender sender) {
        return new Item(sender.getId(), Labels.sender(sender), sender.getName());
    }

    // ---- Name

    @ReportsRefusals
    public void rename() {
        String wanted = name == null ? "" : name.trim();
        if (wanted.isEmpty()) {
            Messages.failAt("name:name", "Enter a name");
            return;
        }
        try {
            storedName = queues.rename(id, wanted).getName();
            Messages.inform("Queue renamed to " + UserText.quoted(storedName));
        } finally {
            load();
        }
    }

    // ---- Agents

    @ReportsRefusals
    public void addAgent() {
        if (agentToAdd == null) {
            Messages.failAt("agents:agent", "Choose an agent to add");
            return;
        }
        staff(Stream.concat(ids(queueAgents).stream(), Stream.of(agentToAdd)).toList());
        Messages.inform("Agent added to " + UserText.quoted(storedName));
    }

    @ReportsRefusals
    public void removeAgent(Item agent) {
        staff(ids(queueAgents).stream().filter(a -> a != agent.id()).toList());
        Messages.inform(UserText.isolated(agent.label()) + " no longer works in " + UserText.quoted(storedName));
    }

    private void staff(List<Long> agentIds) {
        try {
            queues.staff(id, agentIds);
        } finally {
            load();
        }
    }

    // ---- Working hours

    @ReportsRefusals
    public void saveWorkingHours() {
        if (periodId == null) {
            Messages.failAt("hours:period", "Choose a working-hours period");
            return;
        }
        try {
            WorkingHoursPeriod chosen = queues.useWorkingHours(id, periodId).getWorkingHoursPeriod();
            Messages.inform(UserText.quoted(storedName) + " works the hours of " + UserText.quoted(chosen.getName()));
        } finally {
            load();
        }
    }

    // ---- Automatic assignment

    @ReportsRefusals
    public void saveAssignment() {
        if (target == null) {
            Messages.failAt("assignment:target", "Choose to whom conversations are assigned");
            return;
        }
        AutoAssignment mode = AssignmentChoice.mode(target, period);
        try {
            queues.configure(id, mode, null, null);
            Messages.inform(
                    "Automatic assignment of " + UserText.quoted(storedName) + " set to: " + assignmentWords(mode));
        } finally {
            load();
        }
    }

    private static String assignmentWords(AutoAssignment mode) {
        Target chosen = AssignmentChoice.target(mode);
        return chosen == Target.LAST_AGENT
                ? AssignmentChoice.label(chosen) + ", "
                        + AssignmentChoice.PERIODS.get(mode).toLowerCase()
                : AssignmentChoice.label(chosen);
    }

    // ---- Notifications

    @ReportsRefusals
    public void saveNotifications() {
        try {
            queues.notifyAgents(id, notifyNewConversation, notifyNewMessage);
            Messages.inform("Notifications of " + UserText.quoted(storedName) + " saved");
        } finally {
            load();
        }
    }

    // ---- Senders

    /** The account-wide "Select senders for each queue" toggle. */
    @ReportsRefusals
    public void toggleSendersPerQueue() {
        settings.selectSendersPerQueue(sendersPerQueue);
        Messages.inform(
                sendersPerQueue
                        ? "Each queue now has its own senders"
                        : "Every sender is now available on every queue");
        load();
    }

    @ReportsRefusals
    public void addSender() {
        if (senderToAdd == null) {
            Messages.failAt("senders:sender", "Choose a sender to add");
            return;
        }
        // The first sender added becomes the default (the guide); the engine keeps the default otherwise.
        talkFrom(
                Stream.concat(ids(queueSenders).stream(), Stream.of(senderToAdd))
                        .toList(),
                defaultSenderId);
        Messages.inform("Sender added to " + UserText.quoted(storedName));
    }

    /** The guide's "Add All": every sender there is now. */
    @ReportsRefusals
    public void addAllSenders() {
        List<Long> all = new ArrayList<>(ids(queueSenders));
        all.addAll(ids(otherSenders));
        talkFrom(all, defaultSenderId);
        Messages.inform("All senders added to " + UserText.quoted(storedName));
    }

    @ReportsRefusals
    public void removeSender(Item sender) {
        Long keptDefault = Objects.equals(defaultSenderId, sender.id()) ? null : defaultSenderId;
        talkFrom(ids(queueSenders).stream().filter(s -> s != sender.id()).toList(), keptDefault);
        Messages.inform(UserText.isolated(sender.label()) + " removed from " + UserText.quoted(storedName));
    }

    @ReportsRefusals
    public void makeDefault(Item sender) {
        talkFrom(ids(queueSenders), sender.id());
        Messages.inform(UserText.isolated(sender.label()) + " is the default sender of " + UserText.quoted(storedName));
    }

    private void talkFrom(List<Long> senderIds, Long defaultId) {
        try {
            queues.configure(id, null, senderIds, defaultId);
        } catch (InvalidInputException e) {
            // A sender deleted meanwhile: say so in words, not by its id.
            Messages.failAt("senders:sender", "A sender no longer exists; the list shows the senders there are now");
        } finally {
            load();
        }
    }

    private static List<Long> ids(List<Item> items) {
        return items.stream().map(Item::id).toList();
    }

    // ---- For the page

    public String periodLabel(AutoAssignment value) {
        return AssignmentChoice.PERIODS.get(value);
    }

    public String targetLabel(Target value) {
        return AssignmentChoice.label(value);
    }

    public Target[] getTargets() {
        return Target.values();
    }

    public List<AutoAssignment> getPeriods() {
        return List.copyOf(AssignmentChoice.PERIODS.keySet());
    }

    public Map<AutoAssignment, String> getPeriodLabels() {
        return AssignmentChoice.PERIODS;
    }

    public boolean isLastAgent() {
        return target == Target.LAST_AGENT;
    }

    public Long getId() {
        return id;
    }

    public boolean isFound() {
        return found;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isDefaultQueue() {
        return defaultQueue;
    }

    public List<Item> getQueueAgents() {
        return queueAgents;
    }

    public List<Item> getOtherAgents() {
        return otherAgents;
    }

    public Long getAgentToAdd() {
        return agentToAdd;
    }

    public void setAgentToAdd(Long agentToAdd) {
        this.agentToAdd = agentToAdd;
    }

    public List<RouteItem> getQueueRoutes() {
        return queueRoutes;
    }

    public List<Item> getWorkingHoursPeriods() {
        return periods;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public Target getTarget() {
        return target;
    }

    public void setTarget(Target target) {
        this.target = target;
    }

    public AutoAssignment getPeriod() {
        return period;
    }

    public void setPeriod(AutoAssignment period) {
        this.period = period;
    }

    public boolean isNotifyNewConversation() {
        return notifyNewConversation;
    }

    public void setNotifyNewConversation(boolean notifyNewConversation) {
        this.notifyNewConversation = notifyNewConversation;
    }

    public boolean isNotifyNewMessage() {
        return notifyNewMessage;
    }

    public void setNotifyNewMessage(boolean notifyNewMessage) {
        this.notifyNewMessage = notifyNewMessage;
    }

    public boolean isSendersPerQueue() {
        return sendersPerQueue;
    }

    public void setSendersPerQueue(boolean sendersPerQueue) {
        this.sendersPerQueue = sendersPerQueue;
    }

    public List<Item> getQueueSenders() {
        return queueSenders;
    }

    public List<Item> getOtherSenders() {
        return otherSenders;
    }

    public Long getSenderToAdd() {
        return senderToAdd;
    }

    public void setSenderToAdd(Long senderToAdd) {
        this.senderToAdd = senderToAdd;
    }

    public Long getDefaultSenderId() {
        return defaultSenderId;
    }

    /** Whether the queue has agents: notifications are set up only then (the guide). */
    public boolean isStaffed() {
        return !queueAgents.isEmpty();
    }
}
