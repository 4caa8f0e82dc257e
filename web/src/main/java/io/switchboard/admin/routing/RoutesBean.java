package io.switchboard.admin.routing;

import io.switchboard.admin.support.ConditionChoices;
import io.switchboard.admin.support.ConditionEditor;
import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
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

/** The routing screen's route list: routes in evaluation order (drag a row to reorder), enable/disable, delete. */
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

    private List<RouteRow> rows;

    @PostConstruct
    void readRows() {
        // Mutable: on a drag and drop PrimeFaces moves the row in this list itself before calling reorder.
        ConditionEditor labels = choices.newEditor();
        rows = routes.list().stream()
                .map(r -> new RouteRow(r, labels))
                .collect(Collectors.toCollection(ArrayList::new));
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
        RouteRow moved = rows.get(event.getToIndex());
        move(moved, event.getToIndex() + 1);
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
            Messages.inform("Route '" + row.getName() + "' moved to position " + position);
        } finally {
            load();
        }
    }

    /** Stores the state the row's toggle was switched to. */
    @ReportsRefusals
    public void toggle(RouteRow row) {
        try {
            routes.enable(row.getId(), row.isEnabled());
            Messages.inform("Route '" + row.getName() + "' " + (row.isEnabled() ? "enabled" : "disabled"));
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void delete(RouteRow row) {
        try {
            routes.delete(row.getId());
            Messages.inform("Route '" + row.getName() + "' deleted");
        } finally {
            load();
        }
    }

    public List<RouteRow> getRows() {
        return rows;
    }
}
