package io.switchboard.admin.routing;

import io.switchboard.admin.support.ConditionChoices;
import io.switchboard.admin.support.ConditionEditor;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.conversations.Priority;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.routing.Route;
import io.switchboard.routing.RouteDraft;
import io.switchboard.routing.RouteService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The routing screen's route editor: name, queue, priority, and a condition editor that offers per attribute only its
 * operators and a fitting value input. The editor covers a root group and one level of sub-groups; deeper trees (made
 * through the API) are shown read-only. It opens in a dialog over the list, where the supervisor is.
 */
@Named
@ViewScoped
public class RouteEditorBean implements Serializable {

    @EJB
    transient RouteService routes;

    @Inject
    ConditionChoices choices;

    @Inject
    RoutesBean list;

    private ConditionEditor editor;

    private Long editing;
    private boolean editorOpen;
    private String name;
    private Long queueId;
    private String priority = Priority.NORMAL.name();
    private boolean enabled = true;

    @PostConstruct
    void open() {
        editor = choices.newEditor();
        openLinked();
    }

    /**
     * Opens the editor a link from a queue's detail page asks for: {@code ?route=ID} that route, {@code ?queue=ID} a
     * new route to that queue.
     */
    private void openLinked() {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Long route = number(params.get("route"));
        Long queue = number(params.get("queue"));
        if (route != null) {
            try {
                editRoute(route);
            } catch (UnknownEntityException e) {
                Messages.failText("The route no longer exists");
            }
        } else if (queue != null) {
            startNew();
            queueId = queue;
        }
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void startNew() {
        editing = null;
        name = null;
        queueId = null;
        priority = Priority.NORMAL.name();
        enabled = true;
        editor = choices.newEditor();
        editorOpen = true;
        PrimeFaces.current().executeScript("PF('routeEditor').show()");
    }

    @ReportsRefusals
    public void edit(RoutesBean.RouteRow row) {
        editRoute(row.getId());
    }

    private void editRoute(long id) {
        Route route = routes.find(id);
        ConditionEditor loaded = choices.newEditor();
        loaded.load(route.getConditions(), "route");
        editing = route.getId();
        name = route.getName();
        queueId = route.getQueue().getId();
        priority = route.getPriority().name();
        enabled = route.isEnabled();
        editor = loaded;
        editorOpen = true;
        PrimeFaces.current().executeScript("PF('routeEditor').show()");
    }

    public void cancel() {
        editorOpen = false;
        PrimeFaces.current().executeScript("PF('routeEditor').hide()");
    }

    @ReportsRefusals
    public void save() {
        RouteDraft draft = new RouteDraft(name, enabled, queueId, Priority.valueOf(priority), editor.tree());
        Route saved = editing == null ? routes.create(draft) : routes.update(editing, draft);
        Messages.inform("Route " + UserText.quoted(saved.getName()) + " saved");
        editorOpen = false;
        PrimeFaces.current().executeScript("PF('routeEditor').hide()");
        list.load();
    }

    /** The condition editor of the route being edited. */
    public ConditionEditor getEditor() {
        return editor;
    }

    public List<Priority> getPriorities() {
        return Arrays.asList(Priority.values());
    }

    public boolean isEditorOpen() {
        return editorOpen;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
