package io.switchboard.admin.workflows;

import io.switchboard.admin.support.ConditionChoices;
import io.switchboard.admin.support.ConditionEditor;
import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conversations.Priority;
import io.switchboard.forms.FormFieldService;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.Workflow;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowDefinition;
import io.switchboard.workflows.WorkflowService;
import io.switchboard.workflows.WorkflowTrigger;
import io.switchboard.workflows.logic.Placeholders;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The workflows screen's editor, in a dialog over the list: name, enabled, triggers, optional conditions (the routes'
 * condition editor) and an ordered list of actions whose fields follow their type. Only what runs today is offered
 * ({@link WorkflowService#RUNNING_TRIGGERS}, {@link WorkflowService#RUNNING_ACTIONS}); the engine checks the rest and
 * its refusals land beside the field they name.
 */
@Named
@ViewScoped
public class WorkflowEditorBean implements Serializable {

    /**
     * One trigger row: its type and, for a status change, the status reached; for a time-based trigger, its wait as an
     * amount of a unit ("more than 2 hours").
     */
    public static final class TriggerRow implements Serializable {
        private String type = TriggerType.INBOUND_MESSAGE_RECEIVED.name();
        private String to;
        // A channel change's ends; empty: any channel.
        private String fromChannel;
        private String toChannel;
        private Long afterAmount;
        private String afterUnit = ChronoUnit.HOURS.name();
        private List<String> scores = new ArrayList<>(List.of("HAPPY", "NOT_HAPPY"));

        public List<String> getScores() {
            return scores;
        }

        public void setScores(List<String> scores) {
            this.scores = scores == null ? new ArrayList<>() : new ArrayList<>(scores);
        }

        public boolean isSurvey() {
            return TriggerType.SURVEY_FEEDBACK_RECEIVED.name().equals(type);
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public Long getAfterAmount() {
            return afterAmount;
        }

        public void setAfterAmount(Long afterAmount) {
            this.afterAmount = afterAmount;
        }

        public String getAfterUnit() {
            return afterUnit;
        }

        public void setAfterUnit(String afterUnit) {
            this.afterUnit = afterUnit;
        }

        public String getFromChannel() {
            return fromChannel;
        }

        public void setFromChannel(String fromChannel) {
            this.fromChannel = fromChannel;
        }

        public String getToChannel() {
            return toChannel;
        }

        public void setToChannel(String toChannel) {
            this.toChannel = toChannel;
        }

        public boolean isChannelChange() {
            return TriggerType.CHANNEL_CHANGED.name().equals(type);
        }

        public boolean isStatusChange() {
            return TriggerType.STATUS_CHANGED.name().equals(type);
        }

        public boolean isTimeBased() {
            return type != null && TriggerType.valueOf(type).timeBased();
        }

        WorkflowTrigger trigger() {
            TriggerType kind = type == null ? null : TriggerType.valueOf(type);
            Duration after = isTimeBased() && afterAmount != null && afterUnit != null
                    ? Duration.of(afterAmount, ChronoUnit.valueOf(afterUnit))
                    : null;
            return new WorkflowTrigger(
                    kind,
                    after,
                    isStatusChange() ? to : null,
                    isChannelChange() ? blankToNull(fromChannel) : null,
                    isChannelChange() ? blankToNull(toChannel) : null,
                    isSurvey() ? new HashSet<>(scores) : null);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }

        static TriggerRow of(WorkflowTrigger trigger) {
            TriggerRow row = new TriggerRow();
            row.type = trigger.type() == null ? null : trigger.type().name();
            row.to = trigger.toStatus();
            row.fromChannel = trigger.fromChannel();
            row.toChannel = trigger.toChannel();
            if (!trigger.scores().isEmpty()) {
                row.scores = new ArrayList<>(new java.util.TreeSet<>(trigger.scores()));
            }
            if (trigger.after() != null) {
                Map.Entry<Long, ChronoUnit> amount = WorkflowWords.amount(trigger.after());
                row.afterAmount = amount.getKey();
                row.afterUnit = amount.getValue().name();
            }
            return row;
        }
    }

    /** One action row: its type and the fields that type reads. */
    public static final class ActionRow implements Serializable {
        private String type = ActionType.SEND_MESSAGE.name();
        private String text;
        private List<String> tags = new ArrayList<>();
        private String status = "SOLVED";
        private String priority = Priority.NORMAL.name();
        // The placeholder picker's choice, inserted into the text and cleared.
        private String placeholder;
        // Call API and Slack: the request; headers one "Name: value" a line.
        private String method = "POST";
        private String url;
        private String contentType = "JSON";
        private String headers;
        private String body;
        // The email actions: subject, the no-reply From sender, the To addresses; the subject's own placeholder picker.
        private String subject;
        private Long fromSenderId;
        private List<String> recipients = new ArrayList<>();
        private String subjectPlaceholder;
        // Populate form fields: one field and its value here; the others an API-made action has are kept as they are.
        private String formField;
        private String formValue;
        private Map<String, String> otherFields = new LinkedHashMap<>();

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public List<String> getTags() {
            return tags;
        }

        public void setTags(List<String> tags) {
            this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getPriority() {
            return priority;
        }

        public void setPriority(String priority) {
            this.priority = priority;
        }

        public String getPlaceholder() {
            return placeholder;
        }

        public void setPlaceholder(String placeholder) {
            this.placeholder = placeholder;
        }

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getContentType() {
            return contentType;
        }

        public void setContentType(String contentType) {
            this.contentType = contentType;
        }

        public String getHeaders() {
            return headers;
        }

        public void setHeaders(String headers) {
            this.headers = headers;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public Long getFromSenderId() {
            return fromSenderId;
        }

        public void setFromSenderId(Long fromSenderId) {
            this.fromSenderId = fromSenderId;
        }

        public List<String> getRecipients() {
            return recipients;
        }

        public void setRecipients(List<String> recipients) {
            this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
        }

        public String getSubjectPlaceholder() {
            return subjectPlaceholder;
        }

        public void setSubjectPlaceholder(String subjectPlaceholder) {
            this.subjectPlaceholder = subjectPlaceholder;
        }

        /** One of the four email actions (their fields share one panel). */
        public boolean isEmail() {
            return is("EMAIL_CUSTOMER") || is("EMAIL_RECIPIENT") || is("EMAIL_TRANSCRIPT") || is("NOTIFY_BY_EMAIL");
        }

        public String getFormField() {
            return formField;
        }

        public void setFormField(String formField) {
            this.formField = formField;
        }

        public String getFormValue() {
            return formValue;
        }

        public void setFormValue(String formValue) {
            this.formValue = formValue;
        }

        public boolean is(String kind) {
            return kind.equals(type);
        }

        WorkflowAction action() {
            return action(0);
        }

        /** The action as the engine reads it; a header line that is not "Name: value" is refused naming the row. */
        WorkflowAction action(int index) {
            ActionType kind = type == null ? null : ActionType.valueOf(type);
            if (kind == null) {
                return new WorkflowAction(null, null, null, null, null, null, null, null, null, null, null, null);
            }
            return switch (kind) {
                case SEND_MESSAGE -> WorkflowAction.sendMessage(text);
                case ADD_TAGS, REMOVE_TAGS ->
                    new WorkflowAction(kind, null, null, tags, null, null, null, null, null, null, null, null);
                case SET_STATUS -> WorkflowAction.set(kind, status);
                case SET_PRIORITY -> WorkflowAction.set(kind, priority);
                case CALL_API ->
                    WorkflowAction.of(kind)
                            .withText(body == null || body.isBlank() ? null : body)
                            .withCall(
                                    method,
                                    url,
                                    body == null || body.isBlank() ? null : contentType,
                                    headerMap(headers, "actions[" + index + "].headers"));
                case SLACK_MESSAGE -> WorkflowAction.of(kind).withText(text).withCall(null, url, null, null);
                case EMAIL_CUSTOMER ->
                    WorkflowAction.of(kind).withSubject(subject).withText(text);
                case EMAIL_RECIPIENT, NOTIFY_BY_EMAIL ->
                    WorkflowAction.of(kind)
                            .withSubject(subject)
                            .withText(text == null || text.isBlank() ? null : text)
                            .withEmail(fromSenderId, recipients);
                case EMAIL_TRANSCRIPT ->
                    WorkflowAction.of(kind).withSubject(subject).withEmail(fromSenderId, null);
                case POPULATE_FORM_FIELDS -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    if (formField != null && !formField.isBlank()) {
                        values.put(formField, formValue == null ? "" : formValue);
                    }
                    otherFields.forEach(values::putIfAbsent);
                    yield WorkflowAction.of(kind).withFields(values);
                }
                default -> WorkflowAction.of(kind);
            };
        }

        /** Headers written one "Name: value" a line (blank lines skipped), in their order. */
        static Map<String, String> headerMap(String text, String field) {
            Map<String, String> map = new LinkedHashMap<>();
            if (text == null) {
                return map;
            }
            String[] lines = text.split("\\r?\\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                int colon = lines[i].indexOf(':');
                if (colon <= 0) {
                    throw new InvalidInputException(field, "line " + (i + 1) + " must read Name: value");
                }
                map.put(
                        lines[i].substring(0, colon).trim(),
                        lines[i].substring(colon + 1).trim());
            }
            return map;
        }

        static ActionRow of(WorkflowAction action) {
            ActionRow row = new ActionRow();
            row.type = action.type() == null ? null : action.type().name();
            row.text = action.text();
            row.tags = new ArrayList<>(action.tags());
            if (action.type() == ActionType.SET_STATUS && action.value() != null) {
                row.status = action.value();
            }
            if (action.type() == ActionType.SET_PRIORITY && action.value() != null) {
                row.priority = action.value();
            }
            if (action.type() == ActionType.CALL_API || action.type() == ActionType.SLACK_MESSAGE) {
                row.url = action.url();
                row.method = action.method() == null ? "POST" : action.method();
                row.contentType = action.contentType() == null ? "JSON" : action.contentType();
                row.body = action.type() == ActionType.CALL_API ? action.text() : null;
                row.headers = action.headers().entrySet().stream()
                        .map(h -> h.getKey() + ": " + h.getValue())
                        .collect(java.util.stream.Collectors.joining("\n"));
            }
            row.subject = action.subject();
            row.fromSenderId = action.fromSenderId();
            row.recipients = new ArrayList<>(action.recipients());
            if (!action.fields().isEmpty()) {
                row.otherFields = new LinkedHashMap<>(action.fields());
                row.formField = row.otherFields.keySet().iterator().next();
                row.formValue = row.otherFields.remove(row.formField);
            }
            return row;
        }
    }

    @EJB
    transient WorkflowService workflows;

    @Inject
    ConditionChoices choices;

    @EJB
    transient FormFieldService formFields;

    @EJB
    transient io.switchboard.channels.SenderService senders;

    @Inject
    WorkflowsBean list;

    private ConditionEditor editor;
    private Long editing;
    private boolean editorOpen;
    private String name;
    private boolean enabled = true;
    private List<TriggerRow> triggers = new ArrayList<>();
    private List<ActionRow> actions = new ArrayList<>();

    public void startNew() {
        if (!list.isCanChange()) {
            return;
        }
        editing = null;
        name = null;
        enabled = true;
        triggers = new ArrayList<>(List.of(new TriggerRow()));
        actions = new ArrayList<>(List.of(new ActionRow()));
        choices.refresh();
        editor = choices.newWorkflowEditor();
        open();
    }

    @ReportsRefusals
    public void edit(WorkflowsBean.WorkflowRow row) {
        if (!list.isCanChange()) {
            return;
        }
        Workflow workflow = workflows.find(row.getId());
        choices.refresh();
        ConditionEditor loaded = choices.newWorkflowEditor();
        if (workflow.getConditions() != null) {
            loaded.load(workflow.getConditions(), "workflow");
        }
        editing = workflow.getId();
        name = workflow.getName();
        enabled = workflow.isEnabled();
        triggers = new ArrayList<>(
                workflows.triggers(workflow).stream().map(TriggerRow::of).toList());
        actions = new ArrayList<>(
                workflows.actions(workflow).stream().map(ActionRow::of).toList());
        editor = loaded;
        open();
    }

    private void open() {
        editorOpen = true;
        PrimeFaces.current().executeScript("PF('workflowEditor').show()");
    }

    public void cancel() {
        editorOpen = false;
        PrimeFaces.current().executeScript("PF('workflowEditor').hide()");
    }

    @ReportsRefusals
    public void save() {
        if (!list.isCanChange()) {
            Messages.failText("Only supervisors change workflows");
            return;
        }
        WorkflowDefinition definition = new WorkflowDefinition(
                name,
                enabled,
                triggers.stream().map(TriggerRow::trigger).toList(),
                conditions(),
                java.util.stream.IntStream.range(0, actions.size())
                        .mapToObj(i -> actions.get(i).action(i))
                        .toList());
        Workflow saved = editing == null ? workflows.create(definition) : workflows.update(editing, definition);
        Messages.inform("Workflow " + UserText.quoted(saved.getName()) + " saved");
        editorOpen = false;
        PrimeFaces.current().executeScript("PF('workflowEditor').hide()");
        list.load();
    }

    // Conditions are optional: an editor left with only its empty first row means "the triggers alone decide".
    private ConditionGroup conditions() {
        ConditionGroup tree = editor.tree();
        boolean blank = tree.groups().isEmpty()
                && tree.conditions().stream()
                        .allMatch(c -> c.attribute() == null || c.attribute().isBlank());
        return blank ? null : tree;
    }

    // ---- Rows

    public void addTrigger() {
        triggers.add(new TriggerRow());
    }

    public void removeTrigger(TriggerRow row) {
        triggers.remove(row);
    }

    public void addAction() {
        actions.add(new ActionRow());
    }

    public void removeAction(ActionRow row) {
        actions.remove(row);
    }

    public void moveActionUp(ActionRow row) {
        int i = actions.indexOf(row);
        if (i > 0) {
            Collections.swap(actions, i, i - 1);
        }
    }

    public void moveActionDown(ActionRow row) {
        int i = actions.indexOf(row);
        if (i >= 0 && i < actions.size() - 1) {
            Collections.swap(actions, i, i + 1);
        }
    }

    /** Adds the picked placeholder to the end of the row's message and clears the picker. */
    public void insertPlaceholder(ActionRow row) {
        if (row.placeholder != null && !row.placeholder.isBlank()) {
            String text = row.text == null ? "" : row.text;
            String gap = text.isEmpty() || text.endsWith(" ") || text.endsWith("\n") ? "" : " ";
            row.text = text + gap + "{{" + row.placeholder + "}}";
        }
        row.placeholder = null;
    }

    /** Adds the picked placeholder to the end of the row's email subject and clears the picker. */
    public void insertSubjectPlaceholder(ActionRow row) {
        if (row.subjectPlaceholder != null && !row.subjectPlaceholder.isBlank()) {
            String text = row.subject == null ? "" : row.subject;
            String gap = text.isEmpty() || text.endsWith(" ") ? "" : " ";
            row.subject = text + gap + "{{" + row.subjectPlaceholder + "}}";
        }
        row.subjectPlaceholder = null;
    }

    // ---- Choices

    /** The From choices of the email actions: Email senders marked no-reply (the senders screen marks them). */
    public List<SelectItem> getNoReplySenders() {
        return senders.noReplySenders().stream()
                .map(s -> new SelectItem(s.getId(), Labels.senderNamed(s)))
                .toList();
    }

    public List<SelectItem> getTriggerTypes() {
        return WorkflowService.RUNNING_TRIGGERS.stream()
                .map(t -> new SelectItem(t.name(), t.label()))
                .toList();
    }

    public List<SelectItem> getActionTypes() {
        return WorkflowService.RUNNING_ACTIONS.stream()
                .map(a -> new SelectItem(a.name(), a.label()))
                .toList();
    }

    /** The statuses a status-change trigger can wait for. */
    public List<SelectItem> getTriggerStatuses() {
        return List.of("OPEN", "WAITING", "SOLVED").stream()
                .map(s -> new SelectItem(s, WorkflowWords.status(s)))
                .toList();
    }

    /** The channels a channel-change trigger can name (left empty: any channel). */
    public List<SelectItem> getTriggerChannels() {
        return java.util.Arrays.stream(io.switchboard.channels.Channel.values())
                .map(c -> new SelectItem(c.name(), Labels.channel(c)))
                .toList();
    }

    /** The units of a time-based trigger's wait, in words. */
    public List<SelectItem> getWaitUnits() {
        return WorkflowWords.WAIT_UNITS.stream()
                .map(u -> new SelectItem(u.name(), WorkflowWords.unit(u, 2)))
                .toList();
    }

    public List<SelectItem> getMethods() {
        return List.of("GET", "POST", "PUT", "PATCH", "DELETE").stream()
                .map(m -> new SelectItem(m, m))
                .toList();
    }

    /** An API call's content types in words, in the guide's order. */
    public List<SelectItem> getContentTypes() {
        return WorkflowWords.CONTENT_TYPES.entrySet().stream()
                .map(c -> new SelectItem(c.getKey(), c.getValue()))
                .toList();
    }

    /** The input fields a workflow can fill, by name. */
    public List<SelectItem> getFormFields() {
        return formFields.list().stream()
                .map(f -> new SelectItem(String.valueOf(f.getId()), f.getName()))
                .toList();
    }

    public List<SelectItem> getPriorities() {
        return java.util.Arrays.stream(Priority.values())
                .map(p -> new SelectItem(p.name(), Labels.words(p)))
                .toList();
    }

    /** The placeholders, those a message trigger alone provides in their own group. */
    public List<SelectItem> getPlaceholders() {
        SelectItemGroup always = new SelectItemGroup("For every trigger");
        always.setSelectItems(items(Placeholders.ALWAYS, ""));
        SelectItemGroup message = new SelectItemGroup("Only with message triggers");
        message.setSelectItems(items(Placeholders.WITH_MESSAGE, " (message triggers only)"));
        return List.of(always, message);
    }

    private static SelectItem[] items(Map<String, String> placeholders, String mark) {
        return placeholders.entrySet().stream()
                .map(p -> new SelectItem(p.getKey(), "{{" + p.getKey() + "}} " + p.getValue() + mark))
                .toArray(SelectItem[]::new);
    }

    public ConditionEditor getEditor() {
        return editor;
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

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<TriggerRow> getTriggers() {
        return triggers;
    }

    public List<ActionRow> getActions() {
        return actions;
    }
}
