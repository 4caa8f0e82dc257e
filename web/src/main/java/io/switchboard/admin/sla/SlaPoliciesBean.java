package io.switchboard.admin.sla;

import io.switchboard.admin.support.ConditionChoices;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.sla.Severity;
import io.switchboard.sla.SlaPolicy;
import io.switchboard.sla.SlaPolicyService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.component.api.UITable;
import org.primefaces.event.ReorderEvent;
import org.primefaces.model.SortMeta;

/**
 * The SLA screen's policy list, in list order (the top one the most important), with Edit, Delete, Send to top and
 * Send to position per row. Every change starts a re-evaluation of open conversations, whose progress the page shows.
 */
@Named
@ViewScoped
public class SlaPoliciesBean implements Serializable {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A policy as the list shows it. */
    public static final class PolicyRow implements Serializable {
        private final long id;
        private final int position;
        private final String name;
        private final boolean enabled;
        private final String validity;
        private final String queues;
        private final String severities;
        private final String conditions;

        PolicyRow(SlaPolicy policy, Map<Long, String> queueNames, io.switchboard.admin.support.ConditionEditor labels) {
            id = policy.getId();
            position = policy.getListOrder() + 1;
            name = policy.getName();
            enabled = policy.isEnabled();
            validity = policy.getValidFrom() == null && policy.getValidTo() == null
                    ? "Always"
                    : (policy.getValidFrom() == null ? "…" : WHEN.format(policy.getValidFrom())) + " – "
                            + (policy.getValidTo() == null ? "…" : WHEN.format(policy.getValidTo()));
            String listed = policy.getQueueIds().stream()
                    .map(q -> queueNames.getOrDefault(q, "#" + q))
                    .sorted()
                    .collect(Collectors.joining(", "));
            queues = switch (policy.getQueueScope()) {
                case ALL -> "All queues";
                case ONLY -> "Only " + listed;
                case EXCEPT -> "All except " + listed;
            };
            severities = policy.getSeverities().stream().map(PolicyRow::summary).collect(Collectors.joining("; "));
            conditions = policy.getConditions() == null ? "Always" : labels.describe(policy.getConditions());
        }

        /** The conditions in one line as a supervisor reads them ("To is Support (+385 100)"). */
        public String getConditions() {
            return conditions;
        }

        /** Enabled or Disabled, for the status column and its filter. */
        public String getStatus() {
            return enabled ? "Enabled" : "Disabled";
        }

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

        public String getValidity() {
            return validity;
        }

        public String getQueues() {
            return queues;
        }

        public String getSeverities() {
            return severities;
        }

        static String summary(Severity severity) {
            List<String> times = new ArrayList<>();
            if (severity.getFirstResponseMinutes() != null) {
                times.add("first response " + severity.getFirstResponseMinutes() + " min");
            }
            if (severity.getNextReplyMinutes() != null) {
                times.add("next reply " + severity.getNextReplyMinutes() + " min");
            }
            if (severity.getResolutionMinutes() != null) {
                times.add("resolution " + severity.getResolutionMinutes() + " min");
            }
            return severity.getName() + (severity.isDefaultSeverity() ? " (default)" : "") + ": "
                    + String.join(", ", times) + (severity.isWorkingHoursOnly() ? ", working hours only" : "");
        }
    }

    @EJB
    transient SlaPolicyService policies;

    @EJB
    transient QueueService queues;

    @Inject
    ConditionChoices choices;

    @Inject
    SlaPolicyEditorBean editor;

    @Inject
    SlaReevaluationBean reevaluation;

    private List<PolicyRow> rows;
    // The list in evaluation order as last read: a drag's indexes point into it.
    private List<PolicyRow> ordered;

    // Send to position
    private PolicyRow moving;
    private Integer position;

    @PostConstruct
    void readRows() {
        Map<Long, String> queueNames = queues.list().stream().collect(Collectors.toMap(Queue::getId, Queue::getName));
        io.switchboard.admin.support.ConditionEditor labels = choices.newEditor();
        // A mutable list: PrimeFaces moves a dragged row in the table's list itself.
        rows = policies.list().stream()
                .map(p -> new PolicyRow(p, queueNames, labels))
                .collect(Collectors.toCollection(ArrayList::new));
        ordered = List.copyOf(rows);
    }

    /** Reads the list again after a change, with the editor's choices and the re-evaluation the change started. */
    public void load() {
        readRows();
        choices.refresh();
        reevaluation.refreshProgress();
    }

    @ReportsRefusals
    public void sendToTop(PolicyRow row) {
        move(row, 1);
    }

    /**
     * Applies a drag and drop: the dragged policy goes to the place it was dropped on (the engine moves it and the
     * others in one transaction). Only over the whole list in evaluation order: searched or sorted otherwise, a row's
     * place on screen is not its position, so the drop is refused in words and the list drawn again.
     */
    @ReportsRefusals
    public void reorder(ReorderEvent event) {
        if (event.getComponent() instanceof UITable<?> table && narrowed(table)) {
            Messages.failText("Drag a policy only when the list shows every policy in order: clear the search and"
                    + " filters and sort by # (or use Send to position)");
            load();
            return;
        }
        move(ordered.get(event.getFromIndex()), event.getToIndex() + 1);
    }

    // Searched, filtered, or sorted by anything but the position ascending.
    private static boolean narrowed(UITable<?> table) {
        boolean filtered = !table.getActiveFilterMeta().isEmpty()
                || (table.getGlobalFilter() != null && !table.getGlobalFilter().isBlank());
        boolean sortedOtherwise = table.getActiveSortMeta().values().stream()
                .anyMatch(sort ->
                        !"position".equals(sortField(sort)) || sort.getOrder().isDescending());
        return filtered || sortedOtherwise;
    }

    private static String sortField(SortMeta sort) {
        String field = sort.getField();
        return field == null ? "" : field.replaceAll(".*\\.", "").replace("}", "");
    }

    /** Opens the "Send to position" dialog for a row. */
    public void chooseMove(PolicyRow row) {
        moving = row;
        position = row.getPosition();
    }

    @ReportsRefusals
    public void sendToPosition() {
        if (moving != null) {
            move(moving, position == null ? 0 : position);
        }
    }

    private void move(PolicyRow row, int to) {
        try {
            policies.move(row.getId(), to);
            Messages.inform(
                    "SLA policy " + UserText.quoted(row.getName()) + " moved to position " + Math.min(to, rows.size()));
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void delete(PolicyRow row) {
        try {
            policies.delete(row.getId());
            Messages.inform("SLA policy " + UserText.quoted(row.getName()) + " deleted");
            editor.closeIfEditing(row.getId());
        } finally {
            load();
        }
    }

    public List<PolicyRow> getRows() {
        return rows;
    }

    public PolicyRow getMoving() {
        return moving;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }
}
