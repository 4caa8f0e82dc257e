package io.switchboard.admin.queues;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.agents.Agent;
import io.switchboard.queues.AutoAssignment;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.routing.RouteService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.event.RowEditEvent;

/** The queues screen: the queues in use with their active conversations; create, rename and delete. */
@Named
@ViewScoped
public class QueuesBean implements Serializable {

    /** A queue as the table shows it; the row editor writes the new name here before the rename. */
    public static final class QueueRow implements Serializable {
        private final long id;
        private String storedName;

        @NotBlank
        @Size(max = 100)
        private String name;

        private final boolean defaultQueue;
        private final long activeConversations;
        private final String agents;
        private final String routes;
        private final String workingHours;
        private final AutoAssignment autoAssignment;

        QueueRow(Queue queue, long activeConversations, String agents, String routes) {
            this.autoAssignment = queue.getAutoAssignment();
            this.id = queue.getId();
            this.storedName = queue.getName();
            this.name = storedName;
            this.defaultQueue = queue.isDefaultQueue();
            this.activeConversations = activeConversations;
            this.agents = agents;
            this.routes = routes;
            this.workingHours = queue.getWorkingHoursPeriod().getName();
        }

        void renamed(String newName) {
            storedName = newName;
            name = newName;
        }

        void keepStoredName() {
            name = storedName;
        }

        public long getId() {
            return id;
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

        public long getActiveConversations() {
            return activeConversations;
        }

        /** The name of the queue's working-hours period. */
        public String getWorkingHours() {
            return workingHours;
        }

        public AutoAssignment getAutoAssignment() {
            return autoAssignment;
        }

        /** The automatic assignment as the panel's menu words it. */
        public String getAutoAssignmentLabel() {
            return label(autoAssignment);
        }

        /** The names of the agents who work in the queue. */
        public String getAgents() {
            return agents;
        }

        /** The names of the routes that send conversations to the queue, in evaluation order. */
        public String getRoutes() {
            return routes;
        }
    }

    @EJB
    transient QueueService queues;

    @EJB
    transient RouteService routes;

    private List<QueueRow> rows;

    // Blank: the service names the queue "Queue #X".
    @Size(max = 100)
    private String name;

    private Long assignmentQueueId;

    // Null until a queue is chosen: the menu then shows the queue's own mode, never a default that Save would store.
    private AutoAssignment assignmentMode;

    /** The modes as the screen words them, in the menu's order. */
    private static final Map<AutoAssignment, String> LABELS = new EnumMap<>(Map.of(
            AutoAssignment.OFF, "Nobody (off)",
            AutoAssignment.ANY_AVAILABLE_AGENT, "Any available agent",
            AutoAssignment.LAST_AGENT_30_DAYS, "The agent who last interacted, in the last 30 days",
            AutoAssignment.LAST_AGENT_60_DAYS, "The agent who last interacted, in the last 60 days",
            AutoAssignment.LAST_AGENT_1_YEAR, "The agent who last interacted, in the last year",
            AutoAssignment.LAST_AGENT_EVER, "The agent who last interacted, ever"));

    static String label(AutoAssignment mode) {
        return mode == null ? "" : LABELS.get(mode);
    }

    /** Shows the chosen queue's current mode in the panel (nothing chosen: no mode). */
    public void assignmentQueueChosen() {
        assignmentMode = rows.stream()
                .filter(r -> assignmentQueueId != null && r.getId() == assignmentQueueId)
                .map(QueueRow::getAutoAssignment)
                .findFirst()
                .orElse(null);
    }

    /** Sets a queue's automatic assignment: off, any available agent, or the last agent within a period. */
    @ReportsRefusals
    public void configureAssignment() {
        if (assignmentQueueId == null || assignmentMode == null) {
            Messages.failText("Choose a queue and who its conversations are assigned to");
            return;
        }
        Queue queue = queues.configure(assignmentQueueId, assignmentMode, null, null);
        Messages.inform(
                "Automatic assignment of " + UserText.quoted(queue.getName()) + " set to: " + label(assignmentMode));
        load();
    }

    public AutoAssignment[] getAssignmentModes() {
        return AutoAssignment.values();
    }

    /** For the menu: a mode's words. */
    public String assignmentLabel(AutoAssignment mode) {
        return label(mode);
    }

    public Long getAssignmentQueueId() {
        return assignmentQueueId;
    }

    public void setAssignmentQueueId(Long assignmentQueueId) {
        this.assignmentQueueId = assignmentQueueId;
    }

    public AutoAssignment getAssignmentMode() {
        return assignmentMode;
    }

    public void setAssignmentMode(AutoAssignment assignmentMode) {
        this.assignmentMode = assignmentMode;
    }

    @PostConstruct
    void load() {
        Map<Long, Long> active = queues.activeConversationCounts();
        rows = queues.list().stream()
                .map(q -> new QueueRow(
                        q,
                        active.getOrDefault(q.getId(), 0L),
                        agentsOf(q),
                        String.join(", ", routes.namesOfRoutesTo(q.getId()))))
                .toList();
    }

    private String agentsOf(Queue queue) {
        if (queue.isDefaultQueue()) {
            return "Every agent";
        }
        return queues.agentsOf(queue.getId()).stream().map(Agent::getName).collect(Collectors.joining(", "));
    }

    @ReportsRefusals
    public void create() {
        Messages.inform("Queue " + UserText.quoted(queues.create(name).getName()) + " created");
        name = null;
        load();
    }

    /**
     * Renames the edited row's queue. The rows stay in place: PrimeFaces re-renders the edited row by its index, so
     * re-sorting them now would show another queue there.
     */
    @ReportsRefusals
    public void rename(RowEditEvent<QueueRow> event) {
        QueueRow row = event.getObject();
        String wanted = row.getName().trim();
        // The row shows the stored name until the service takes the new one (a refused name leaves it so).
        row.keepStoredName();
        row.renamed(queues.rename(row.getId(), wanted).getName());
        Messages.inform("Queue renamed to " + UserText.quoted(row.getName()));
    }

    @ReportsRefusals
    public void delete(QueueRow row) {
        try {
            queues.delete(row.getId());
            Messages.inform("Queue " + UserText.quoted(row.getName()) + " deleted");
        } finally {
            load();
        }
    }

    public List<QueueRow> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
