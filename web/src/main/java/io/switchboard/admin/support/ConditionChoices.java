package io.switchboard.admin.support;

import io.switchboard.admin.support.ConditionEditor.Option;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.queues.QueueService;
import io.switchboard.routing.RouteService;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * What a condition can name, as a screen offers it (queues, senders, tags), and new condition editors over them; shared
 * by the routing and SLA screens. Read when the view opens and again whenever the screen reloads its list.
 */
@Named
@ViewScoped
public class ConditionChoices implements Serializable {

    @EJB
    transient RouteService routes;

    @EJB
    transient QueueService queues;

    @EJB
    transient SenderService senders;

    @EJB
    transient TagService tags;

    @EJB
    transient io.switchboard.workflows.WorkflowService workflows;

    @EJB
    transient io.switchboard.forms.FormService forms;

    private List<Option> queueOptions;
    private List<Option> senderOptions;
    private List<Option> tagOptions;

    @PostConstruct
    public void refresh() {
        queueOptions = queues.list().stream()
                .map(q -> new Option(q.getName(), String.valueOf(q.getId())))
                .toList();
        senderOptions = senders.list().stream()
                .map(s -> new Option(senderLabel(s), String.valueOf(s.getId())))
                .toList();
        tagOptions = tags.list().stream()
                .map(Tag::getName)
                .map(t -> new Option(t, t))
                .toList();
    }

    private static String senderLabel(Sender sender) {
        return Labels.senderNamed(sender);
    }

    /**
     * An empty condition editor for workflows: routing's attributes, the workflow-only ones (queue, status, agent,
     * form...) and every input field, with the forms to choose from.
     */
    public ConditionEditor newWorkflowEditor() {
        List<Option> formOptions = forms.list().stream()
                .map(f -> new Option(f.getName(), String.valueOf(f.getId())))
                .toList();
        return new ConditionEditor(workflows.catalogue(), queueOptions, senderOptions, tagOptions)
                .withForms(formOptions);
    }

    /** An empty condition editor over today's choices. */
    public ConditionEditor newEditor() {
        return new ConditionEditor(routes.catalogue(), queueOptions, senderOptions, tagOptions);
    }

    public List<Option> getQueueOptions() {
        return queueOptions;
    }

    public List<Option> getSenderOptions() {
        return senderOptions;
    }

    public List<Option> getTagOptions() {
        return tagOptions;
    }
}
