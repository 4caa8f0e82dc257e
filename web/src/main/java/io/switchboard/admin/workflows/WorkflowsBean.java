package io.switchboard.admin.workflows;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.Reader;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.users.Role;
import io.switchboard.workflows.Workflow;
import io.switchboard.workflows.WorkflowService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.event.ReorderEvent;

/**
 * The workflows screen's list: workflows in run order, searched; reordered by dragging a row or with Up/Down;
 * enabled, disabled, deleted. Managers read it; only supervisors change it (as the API allows).
 */
@Named
@ViewScoped
public class WorkflowsBean implements Serializable {

    /** A workflow as the table shows it. */
    public static final class WorkflowRow implements Serializable {
        private final long id;
        private final int position;
        private final String name;
        private boolean enabled;
        private final String triggers;
        private final String actions;

        WorkflowRow(Workflow workflow, WorkflowService service) {
            id = workflow.getId();
            position = workflow.getOrdinal();
            name = workflow.getName();
            enabled = workflow.isEnabled();
            triggers = WorkflowWords.triggers(service.triggers(workflow));
            actions = WorkflowWords.actions(service.actions(workflow));
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

        /** The toggle writes the wanted state here before {@link WorkflowsBean#toggle} stores it. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getTriggers() {
            return triggers;
        }

        public String getActions() {
            return actions;
        }
    }

    @EJB
    transient WorkflowService workflows;

    private List<WorkflowRow> rows;
    private List<WorkflowRow> shown;
    // What the table showed when a row was dragged: PrimeFaces moves rows in the shown list itself.
    private List<WorkflowRow> dragged;
    private String search;

    @PostConstruct
    public void load() {
        rows = workflows.list().stream().map(w -> new WorkflowRow(w, workflows)).toList();
        show();
    }

    /** Applies the search: name, triggers or actions contain the text. */
    public void show() {
        String wanted = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        shown = rows.stream()
                .filter(r -> wanted.isEmpty()
                        || (r.getName() + "\n" + r.getTriggers() + "\n" + r.getActions())
                                .toLowerCase(Locale.ROOT)
                                .contains(wanted))
                .collect(Collectors.toCollection(ArrayList::new));
        dragged = List.copyOf(shown);
    }

    /** Supervisors change workflows; managers only read them (the API's rule, checked again on every change). */
    public boolean isCanChange() {
        return Reader.roles().contains(Role.ACCOUNT_MANAGER);
    }

    /** Dragging makes sense only over the whole list, in run order. */
    public boolean isDraggable() {
        return isCanChange() && (search == null || search.isBlank());
    }

    @ReportsRefusals
    public void reorder(ReorderEvent event) {
        move(dragged.get(event.getFromIndex()), event.getToIndex() + 1);
    }

    @ReportsRefusals
    public void moveUp(WorkflowRow row) {
        move(row, Math.max(1, row.getPosition() - 1));
    }

    @ReportsRefusals
    public void moveDown(WorkflowRow row) {
        move(row, Math.min(rows.size(), row.getPosition() + 1));
    }

    private void move(WorkflowRow row, int position) {
        if (!allowed()) {
            return;
        }
        try {
            workflows.move(row.getId(), position);
            Messages.inform("Workflow " + UserText.quoted(row.getName()) + " moved to position " + position);
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void toggle(WorkflowRow row) {
        if (!allowed()) {
            return;
        }
        try {
            workflows.enable(row.getId(), row.isEnabled());
            Messages.inform(
                    "Workflow " + UserText.quoted(row.getName()) + " " + (row.isEnabled() ? "enabled" : "disabled"));
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void delete(WorkflowRow row) {
        if (!allowed()) {
            return;
        }
        try {
            workflows.delete(row.getId());
            Messages.inform("Workflow " + UserText.quoted(row.getName()) + " deleted");
        } finally {
            load();
        }
    }

    private boolean allowed() {
        if (!isCanChange()) {
            Messages.failText("Only supervisors change workflows");
            load();
            return false;
        }
        return true;
    }

    public List<WorkflowRow> getRows() {
        return rows;
    }

    public List<WorkflowRow> getShown() {
        return shown;
    }

    public void setShown(List<WorkflowRow> shown) {
        this.shown = shown;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
