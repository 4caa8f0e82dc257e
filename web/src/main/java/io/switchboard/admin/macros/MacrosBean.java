package io.switchboard.admin.macros;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.RefusalReporter;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.ServerPages;
import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentService;
import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Priority;
import io.switchboard.forms.Form;
import io.switchboard.forms.FormField;
import io.switchboard.forms.FormFieldService;
import io.switchboard.forms.FormService;
import io.switchboard.macros.Macro;
import io.switchboard.macros.MacroAction;
import io.switchboard.macros.MacroActionType;
import io.switchboard.macros.MacroDefinition;
import io.switchboard.macros.MacroService;
import io.switchboard.macros.MacroTag;
import io.switchboard.macros.MacroTagService;
import io.switchboard.macros.logic.MacroOrder;
import io.switchboard.macros.logic.MacroRules;
import io.switchboard.platform.Page;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * The macros screen: the macros, paged by the server (search by name, description or macro tag; filter by macro tag
 * and status; the guide's four orders; duplicate; delete), an editor for one (name, description, who may use it, macro tags, and its actions in
 * order with "+ Add an action", warning about an order that cannot succeed), and the macro tags themselves.
 */
@Named
@ViewScoped
public class MacrosBean implements Serializable, RefusalReporter.FieldLabels {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    transient MacroService macros;

    @EJB
    transient MacroTagService macroTags;

    @EJB
    transient QueueService queues;

    @EJB
    transient AgentService agents;

    @EJB
    transient FormService forms;

    @EJB
    transient FormFieldService fields;

    @EJB
    transient TagService tags;

    @EJB
    transient SenderService senders;

    // The list
    private String search;
    private Long tagFilter;
    /** Null: all; true: active; false: inactive. */
    private Boolean statusFilter;

    private MacroService.Order order = MacroService.Order.NAME_ASC;
    private final LazyDataModel<Macro> rows = new ServerPages<>(this::page, Macro::getId);
    private List<MacroTag> tagChoices;

    // The editor
    private Long editing;
    private String name;
    private String description;
    private boolean forAll = true;
    private boolean active = true;
    private List<Long> queueIds = new ArrayList<>();
    private List<Long> tagIds = new ArrayList<>();
    private List<ActionRow> actions = new ArrayList<>();

    // Macro tags
    private String newTag;
    private Map<Long, String> tagNames = new LinkedHashMap<>();

    /** One input field and the value the macro writes in it. */
    public static final class FieldValue implements Serializable {
        private Long fieldId;
        private String value;

        public Long getFieldId() {
            return fieldId;
        }

        public void setFieldId(Long fieldId) {
            this.fieldId = fieldId;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    /** One action as the editor shows it; the inputs of its type are shown. */
    public static final class ActionRow implements Serializable {
        private MacroActionType type = MacroActionType.SET_STATUS;
        private ConversationStatus status = ConversationStatus.SOLVED;
        private Priority priority = Priority.HIGH;
        private Long formId;
        private List<FieldValue> fieldValues = new ArrayList<>(List.of(new FieldValue()));
        private Channel channel = Channel.EMAIL;
        private String template;
        private String tags;
        private Long agentId;
        private Long queueId;
        private String topic;
        private Channel recipientChannel = Channel.EMAIL;
        private Long senderId;

        public MacroActionType getType() {
            return type;
        }

        public void setType(MacroActionType type) {
            this.type = type;
        }

        public ConversationStatus getStatus() {
            return status;
        }

        public void setStatus(ConversationStatus status) {
            this.status = status;
        }

        public Priority getPriority() {
            return priority;
        }

        public void setPriority(Priority priority) {
            this.priority = priority;
        }

        public Long getFormId() {
            return formId;
        }

        public void setFormId(Long formId) {
            this.formId = formId;
        }

        /** The field/value pairs of a "Fill in form fields" action: one action fills several fields. */
        public List<FieldValue> getFieldValues() {
            return fieldValues;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public Channel getRecipientChannel() {
            return recipientChannel;
        }

        public void setRecipientChannel(Channel recipientChannel) {
            this.recipientChannel = recipientChannel;
        }

        public Long getSenderId() {
            return senderId;
        }

        public void setSenderId(Long senderId) {
            this.senderId = senderId;
        }

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
        }

        public String getTemplate() {
            return template;
        }

        public void setTemplate(String template) {
            this.template = template;
        }

        public String getTags() {
            return tags;
        }

        public void setTags(String tags) {
            this.tags = tags;
        }

        public Long getAgentId() {
            return agentId;
        }

        public void setAgentId(Long agentId) {
            this.agentId = agentId;
        }

        public Long getQueueId() {
            return queueId;
        }

        public void setQueueId(Long queueId) {
            this.queueId = queueId;
        }
    }

    @PostConstruct
    void load() {
        tagChoices = macroTags.list();
        tagNames = new LinkedHashMap<>();
        tagChoices.forEach(t -> tagNames.put(t.getId(), t.getName()));
    }

    /** One page of the macros the search, the filters and the order choose. */
    private Page<Macro> page(int page, int size) {
        return macros.page(new MacroService.Query(search, tagFilter, null, order, statusFilter), page, size);
    }

    /** Applies the search, the filters and the order: the first page of what they now choose. */
    public void filter() {
        UIData table = (UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent("macros:table");
        if (table != null) {
            table.setFirst(0);
        }
        load();
    }

    /** Opens the editor on a new macro with one action. */
    public void startNew() {
        editing = null;
        name = null;
        description = null;
        forAll = true;
        active = true;
        queueIds = new ArrayList<>();
        tagIds = new ArrayList<>();
        actions = new ArrayList<>(List.of(new ActionRow()));
    }

    /** Opens the editor on a stored macro. */
    public void edit(Macro macro) {
        startNew();
        editing = macro.getId();
        name = macro.getName();
        description = macro.getDescription();
        forAll = Macro.FOR_ALL.equals(macro.getAvailability());
        active = macro.isActive();
        queueIds = macro.getQueues().stream().map(Queue::getId).collect(Collectors.toCollection(ArrayList::new));
        tagIds = macro.getTags().stream().map(MacroTag::getId).collect(Collectors.toCollection(ArrayList::new));
        actions = new ArrayList<>();
        for (MacroAction action : macros.actions(macro)) {
            actions.addAll(rowsOf(action));
        }
    }

    public void addAction() {
        actions.add(new ActionRow());
    }

    public void removeAction(ActionRow row) {
        actions.remove(row);
    }

    /** One more field/value pair in a "Fill in form fields" action. */
    public void addFieldValue(ActionRow row) {
        row.fieldValues.add(new FieldValue());
    }

    public void removeFieldValue(ActionRow row, FieldValue pair) {
        row.fieldValues.remove(pair);
        if (row.fieldValues.isEmpty()) {
            row.fieldValues.add(new FieldValue());
        }
    }

    public void moveUp(ActionRow row) {
        int i = actions.indexOf(row);
        if (i > 0) {
            actions.remove(i);
            actions.add(i - 1, row);
        }
    }

    /** Saves the macro as edited; the dialog stays open with the refusal when the service refuses it. */
    @ReportsRefusals
    public void save() {
        MacroDefinition definition = new MacroDefinition(
                name,
                description,
                forAll ? Macro.FOR_ALL : Macro.FOR_QUEUES,
                forAll ? List.of() : queueIds,
                tagIds,
                definedActions(),
                active ? Macro.ACTIVE : Macro.INACTIVE);
        Macro saved = editing == null ? macros.create(definition) : macros.update(editing, definition);
        Messages.inform("Macro '" + saved.getName() + "' saved");
        PrimeFaces.current().executeScript("PF('macroEditor').hide()");
        load();
    }

    @ReportsRefusals
    public void duplicate(Macro macro) {
        Macro copy = macros.duplicate(macro.getId());
        Messages.inform("Macro '" + copy.getName() + "' created");
        load();
    }

    @ReportsRefusals
    public void delete(Macro macro) {
        macros.delete(macro.getId());
        Messages.inform("Macro '" + macro.getName() + "' deleted");
        load();
    }

    @ReportsRefusals
    public void addTag() {
        MacroTag tag = macroTags.create(newTag);
        Messages.inform("Macro tag '" + tag.getName() + "' created");
        newTag = null;
        load();
    }

    @ReportsRefusals
    public void renameTag(MacroTag tag) {
        MacroTag renamed = macroTags.rename(tag.getId(), tagNames.get(tag.getId()));
        Messages.inform("Macro tag renamed to '" + renamed.getName() + "'");
        load();
    }

    @ReportsRefusals
    public void deleteTag(MacroTag tag) {
        macroTags.delete(tag.getId());
        Messages.inform("Macro tag '" + tag.getName() + "' deleted");
        load();
    }

    /** The editor's warnings about an order that cannot succeed, as the actions stand now. */
    public List<String> getWarnings() {
        return macros.warnings(definedActions()).stream()
                .map(MacroOrder.Warning::message)
                .toList();
    }

    @Override
    public String label(String field) {
        if (field.startsWith("actions[")) {
            int index = Integer.parseInt(field.substring("actions[".length(), field.indexOf(']')));
            return "Action " + (index + 1);
        }
        return switch (field) {
            case "name" -> "Name";
            case "description" -> "Description";
            case "queueIds" -> "Queues";
            default -> field;
        };
    }

    /**
     * The actions as the engine receives them: each row one action, except the template rows, which join into one
     * template action (one text per channel) in the place of the first.
     */
    List<MacroAction> definedActions() {
        List<MacroAction> defined = new ArrayList<>();
        Map<String, String> templates = new LinkedHashMap<>();
        int templateAt = -1;
        for (ActionRow row : actions) {
            if (row.type == MacroActionType.TEMPLATE) {
                if (templateAt < 0) {
                    templateAt = defined.size();
                    defined.add(null);
                }
                templates.put(row.channel == null ? "" : row.channel.name(), row.template);
            } else {
                defined.add(actionOf(row));
            }
        }
        if (templateAt >= 0) {
            defined.set(templateAt, MacroAction.template(templates));
        }
        return defined;
    }

    private static MacroAction actionOf(ActionRow row) {
        return switch (row.type) {
            case SET_STATUS -> MacroAction.status(row.status == null ? null : row.status.name());
            case SET_PRIORITY -> MacroAction.priority(row.priority == null ? null : row.priority.name());
            case SET_FORM -> MacroAction.form(row.formId);
            case SET_FORM_FIELDS -> {
                Map<String, String> values = new LinkedHashMap<>();
                for (FieldValue pair : row.fieldValues) {
                    if (pair.fieldId != null) {
                        values.put(String.valueOf(pair.fieldId), pair.value == null ? "" : pair.value);
                    }
                }
                yield MacroAction.formFields(values);
            }
            case ADD_TAGS ->
                MacroAction.tagging(
                        row.tags == null
                                ? new String[0]
                                : Arrays.stream(row.tags.split(","))
                                        .map(String::strip)
                                        .filter(t -> !t.isEmpty())
                                        .toArray(String[]::new));
            case ASSIGN_AGENT -> MacroAction.agent(row.agentId);
            case SET_QUEUE -> MacroAction.queue(row.queueId);
            case SET_TOPIC -> MacroAction.topic(row.topic == null ? "" : row.topic);
            case FILL_RECIPIENT ->
                MacroAction.recipient(row.recipientChannel == null ? null : row.recipientChannel.name(), row.senderId);
            case TEMPLATE -> throw new IllegalStateException("template rows join into one action");
        };
    }

    private static List<ActionRow> rowsOf(MacroAction action) {
        List<ActionRow> expanded = new ArrayList<>();
        switch (action.kind()) {
            case SET_FORM_FIELDS -> {
                ActionRow row = row(action);
                row.fieldValues.clear();
                action.values().forEach((id, value) -> {
                    FieldValue pair = new FieldValue();
                    pair.fieldId = Long.valueOf(id);
                    pair.value = value;
                    row.fieldValues.add(pair);
                });
                expanded.add(row);
            }
            case TEMPLATE ->
                action.templates().forEach((channel, text) -> {
                    ActionRow row = row(action);
                    row.channel = Channel.valueOf(channel);
                    row.template = text;
                    expanded.add(row);
                });
            default -> {
                ActionRow row = row(action);
                row.status = action.status() == null ? null : ConversationStatus.valueOf(action.status());
                row.priority = action.priority() == null ? null : Priority.valueOf(action.priority());
                row.formId = action.formId();
                row.tags = String.join(", ", action.tags());
                row.agentId = action.agentId();
                row.queueId = action.queueId();
                row.topic = action.topic();
                row.recipientChannel = action.channel() == null ? null : Channel.valueOf(action.channel());
                row.senderId = action.senderId();
                expanded.add(row);
            }
        }
        return expanded;
    }

    private static ActionRow row(MacroAction action) {
        ActionRow row = new ActionRow();
        row.type = action.kind();
        return row;
    }

    /** Who may use the macro, in words. */
    public String availableTo(Macro macro) {
        return Macro.FOR_ALL.equals(macro.getAvailability())
                ? "All agents"
                : "Agents of "
                        + macro.getQueues().stream()
                                .map(Queue::getName)
                                .sorted()
                                .collect(Collectors.joining(", "));
    }

    public String tagsOf(Macro macro) {
        return macro.getTags().stream().map(MacroTag::getName).sorted().collect(Collectors.joining(", "));
    }

    /** The actions in one line, in order. */
    public String describe(Macro macro) {
        return macros.actions(macro).stream().map(a -> a.kind().label()).collect(Collectors.joining(" → "));
    }

    public String created(Macro macro) {
        return CREATED.format(macro.getCreatedAt().atOffset(ZoneOffset.UTC));
    }

    public List<MacroActionType> getActionTypes() {
        return List.of(MacroActionType.values());
    }

    public List<ConversationStatus> getStatuses() {
        return List.of(ConversationStatus.values());
    }

    public List<Priority> getPriorities() {
        return List.of(Priority.values());
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    /** The channels whose recipient field a macro fills, in a fixed order. */
    public List<Channel> getRecipientChannels() {
        return List.of(Channel.SMS, Channel.WHATSAPP, Channel.VIBER, Channel.EMAIL).stream()
                .filter(MacroRules.RECIPIENT_CHANNELS::contains)
                .toList();
    }

    /** The senders on a channel, for a recipient action. */
    public List<Sender> sendersOn(Channel channel) {
        return senders.list().stream().filter(s -> s.getChannel() == channel).toList();
    }

    /** A sender as people recognise it: its name and address. */
    public String senderLabel(Sender sender) {
        return (sender.getName() == null ? "" : sender.getName() + " · ") + sender.getAddress();
    }

    public List<MacroService.Order> getOrders() {
        return List.of(MacroService.Order.values());
    }

    /** The list's orders in the guide's words. */
    public String orderLabel(MacroService.Order o) {
        return switch (o) {
            case NAME_ASC -> "Macro name A–Z";
            case NAME_DESC -> "Macro name Z–A";
            case NEWEST -> "Date created – newer first";
            case OLDEST -> "Date created – older first";
        };
    }

    public List<Queue> getQueueChoices() {
        return queues.list();
    }

    public List<Agent> getAgentChoices() {
        return agents.list(true).stream()
                .sorted(Comparator.comparing(Agent::getName))
                .toList();
    }

    public List<Form> getFormChoices() {
        return forms.list();
    }

    public List<FormField> getFieldChoices() {
        return fields.list();
    }

    public List<Tag> getConversationTags() {
        return tags.list();
    }

    public LazyDataModel<Macro> getRows() {
        return rows;
    }

    public Boolean getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(Boolean statusFilter) {
        this.statusFilter = statusFilter;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<MacroTag> getTagChoices() {
        return tagChoices;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getTagFilter() {
        return tagFilter;
    }

    public void setTagFilter(Long tagFilter) {
        this.tagFilter = tagFilter;
    }

    public MacroService.Order getOrder() {
        return order;
    }

    public void setOrder(MacroService.Order order) {
        this.order = order;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isForAll() {
        return forAll;
    }

    public void setForAll(boolean forAll) {
        this.forAll = forAll;
    }

    public List<Long> getQueueIds() {
        return queueIds;
    }

    public void setQueueIds(List<Long> queueIds) {
        this.queueIds = queueIds;
    }

    public List<Long> getTagIds() {
        return tagIds;
    }

    public void setTagIds(List<Long> tagIds) {
        this.tagIds = tagIds;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public String getNewTag() {
        return newTag;
    }

    public void setNewTag(String newTag) {
        this.newTag = newTag;
    }

    public Map<Long, String> getTagNames() {
        return tagNames;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }
}
