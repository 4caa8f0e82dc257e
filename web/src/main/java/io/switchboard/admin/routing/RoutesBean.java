package io.switchboard.admin.routing;

import io.switchboard.admin.support.ConditionChoices;
import io.switchboard.admin.support.ConditionEditor;
import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.conversations.Priority;
import io.switchboard.routing.Route;
import io.switchboard.routing.RouteService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.ReorderEvent;

/**
 * The routing screen's route list: routes in evaluation order, searched, sorted and paged; reordered by dragging a row,
 * Up/Down or "move to position"; enable/disable, delete.
 */
@Named
@ViewScoped
public class RoutesBean implements Serializable {

    /** A route as the table shows it. */
    public static final class RouteRow implements Serializable {
        private final long id;
        private final int position;
        private final String name;
        private boolean enabled;
        private final String queueName;
        private final Priority priority;
        private final String conditions;

        RouteRow(Route route, ConditionEditor labels) {
            id = route.getId();
            position = route.getOrdinal();
            name = route.getName();
            enabled = route.isEnabled();
            queueName = route.getQueue().getName();
            priority = route.getPriority();
            conditions = labels.describe(route.getConditions());
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

        /** The toggle writes the wanted state here before {@link RoutesBean#toggle} stores it. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getQueueName() {
            return queueName;
        }

        public Priority getPriority() {
            return priority;
        }

        /** The priority as people write it ("Urgent"). */
        public String getPriorityLabel() {
            return Labels.words(priority);
        }

        /** The condition tree in one line. */
        public String getConditions() {
            return conditions;
        }
    }

    @EJB
    transient RouteService routes;

    @Inject
    ConditionChoices choices;

    /** How the list can be sorted; only the route order allows dragging (a dropped place is a position). */
    public enum Sort {
        ORDER("Evaluation order"),
        NAME("Name"),
        QUEUE("Queue"),
        PRIORITY("Priority");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    // Every route in evaluation order; the table shows {@link #shown}, the search's and sort's view of it.
    private List<RouteRow> rows;
    private List<RouteRow> shown;
    // What the table showed when a row was dragged: PrimeFaces moves rows in the shown list itself.
    private List<RouteRow> dragged;
    private String search;
    private Sort sort = Sort.ORDER;
    private RouteRow moving;
    private Integer target;

    @PostConstruct
    void readRows() {
        ConditionEditor labels = choices.newEditor();
        rows = routes.list().stream().map(r -> new RouteRow(r, labels)).toList();
        show();
    }

    /** Applies the search (name, conditions, queue or priority contain the text) and the sort. */
    public void show() {
        String wanted = search == null ? "" : search.trim().toLowerCase(java.util.Locale.ROOT);
        java.util.Comparator<RouteRow> order = switch (sort) {
            case ORDER -> java.util.Comparator.comparingInt(RouteRow::getPosition);
            case NAME -> java.util.Comparator.comparing(RouteRow::getName, String.CASE_INSENSITIVE_ORDER);
            case QUEUE -> java.util.Comparator.comparing(RouteRow::getQueueName, String.CASE_INSENSITIVE_ORDER);
            case PRIORITY ->
                java.util.Comparator.comparing(RouteRow::getPriority).reversed();
        };
        shown = rows.stream()
                .filter(r -> wanted.isEmpty()
                        || (r.getName() + "\n" + r.getConditions() + "\n" + r.getQueueName() + "\n"
                                        + r.getPriorityLabel())
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains(wanted))
                .sorted(order.thenComparingInt(RouteRow::getPosition))
                .collect(Collectors.toCollection(ArrayList::new));
        dragged = List.copyOf(shown);
    }

    /** After a new search or sort: back to the first page (the table keeps its page otherwise). */
    public void searched() {
        show();
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces != null
                && faces.getViewRoot().findComponent(":routes:table")
                        instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(0);
        }
    }

    /** Dragging makes sense only over the whole list in evaluation order. */
    public boolean isDraggable() {
        return sort == Sort.ORDER && (search == null || search.isBlank());
    }

    /** Reads the list again after a change, with the choices the condition editor offers. */
    public void load() {
        choices.refresh();
        readRows();
    }

    // ---- The list

    /**
     * Applies a drag and drop: the dragged route goes to the dropped-on place, all in one transaction. PrimeFaces has
     * already moved the row in {@link #rows}, so the dragged route is the one now at the target index.
     */
    @ReportsRefusals
    public void reorder(ReorderEvent event) {
        // The indexes count over all pages; the list is whole and in evaluation order (see isDraggable).
        RouteRow moved = dragged.get(event.getFromIndex());
        move(moved, event.getToIndex() + 1);
    }

    /** Opens the "move to position" dialog for a route. */
    public void startMove(RouteRow row) {
        moving = row;
        target = row.getPosition();
    }

    /** Moves the route of the "move to position" dialog; the input allows only 1 to the number of routes. */
    @ReportsRefusals
    public void moveToTarget() {
        if (moving == null || target == null) {
            return;
        }
        move(moving, Math.max(1, Math.min(rows.size(), target)));
        moving = null;
        org.primefaces.PrimeFaces.current().executeScript("PF('moveDialog').hide()");
    }

    /** Moves a route one place up (for keyboards, where dragging is not possible). */
    @ReportsRefusals
    public void moveUp(RouteRow row) {
        move(row, Math.max(1, row.getPosition() - 1));
    }

    /** Moves a route one place down (for keyboards, where dragging is not possible). */
    @ReportsRefusals
    public void moveDown(RouteRow row) {
        move(row, Math.min(rows.size(), row.getPosition() + 1));
    }

    private void move(RouteRow row, int position) {
        try {
            routes.move(row.getId(), position);
            Messages.inform("Route " + UserText.quoted(row.getName()) + " moved to position " + position);
        } finally {
            load();
        }
    }

    /** Stores the state the row's toggle was switched to. */
    @ReportsRefusals
    public void toggle(RouteRow row) {
        try {
            routes.enable(row.getId(), row.isEnabled());
            Messages.inform(
                    "Route " + UserText.quoted(row.getName()) + " " + (row.isEnabled() ? "enabled" : "disabled"));
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void delete(RouteRow row) {
        try {
            routes.delete(row.getId());
            Messages.inform("Route " + UserText.quoted(row.getName()) + " deleted");
        } finally {
            load();
        }
    }

    /** Every route in evaluation order. */
    public List<RouteRow> getRows() {
        return rows;
    }

    /** The routes the table shows: searched and sorted. */
    public List<RouteRow> getShown() {
        return shown;
    }

    public void setShown(List<RouteRow> shown) {
        this.shown = shown;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Sort getSort() {
        return sort;
    }

    public void setSort(Sort sort) {
        this.sort = sort == null ? Sort.ORDER : sort;
    }

    public List<Sort> getSorts() {
        return java.util.Arrays.asList(Sort.values());
    }

    public RouteRow getMoving() {
        return moving;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }
}
