package io.switchboard.admin.work;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.ServerPages;
import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentKind;
import io.switchboard.agents.AgentService;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.ConversationFilter;
import io.switchboard.conversations.ConversationOrder;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.ConversationSummary;
import io.switchboard.conversations.Message;
import io.switchboard.conversations.Priority;
import io.switchboard.conversations.logic.SlaStanding;
import io.switchboard.forms.Form;
import io.switchboard.forms.FormField;
import io.switchboard.forms.FormFieldService;
import io.switchboard.forms.FormService;
import io.switchboard.lifecycle.ConversationService;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.routing.RoutingDecisionRecord;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.settings.SettingsService;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The All Work view's list: every conversation in the order agents work them (priority, then longest waiting), or
 * sorted by the column the user chooses, filtered and paged by the server, and the chosen one's messages. The chosen
 * one's SLA and assignment decisions have their own beans. Managers and supervisors act on the chosen conversation
 * (assign, transfer, status, priority, tag; Agent takeover in the Chatbots view) through the same engine services as
 * the API, whose rules (queues, statuses, closed is final) refuse what they refuse there; Analytics Managers read.
 */
@Named
@ViewScoped
public class AllWorkBean implements Serializable {

    private static final String TABLE = "work:conversations";

    @EJB
    transient ConversationService conversations;

    @EJB
    transient QueueService queues;

    @Inject
    SettingsService settings;

    @EJB
    transient AgentService agents;

    @EJB
    transient TagService tags;

    @EJB
    transient FormService forms;

    @EJB
    transient FormFieldService fields;

    private Boolean shortIdShown;

    private Long queueId;
    private ConversationStatus status;
    private Priority priority;
    private Channel channel;
    private Long shortId;
    private Long assigneeId;
    private String tag;
    private SlaStanding slaStanding;
    private boolean chatbots;
    private Long formId;
    private Long fieldId;
    private String fieldValue;
    private SentimentLabel sentiment;

    // The chosen conversation's action fields.
    private Long assignTo;
    private Long transferTo;
    private ConversationStatus newStatus;
    private Priority newPriority;
    private String addTag;

    private final LazyDataModel<ConversationSummary> pages = new ServerPages<>(
            (page, size, sortField, ascending) -> conversations.summaries(
                    new ConversationFilter(
                                    queueId,
                                    status,
                                    priority,
                                    channel,
                                    null,
                                    null,
                                    null,
                                    null,
                                    assigneeId,
                                    tag,
                                    shortId,
                                    slaStanding,
                                    chatbots)
                            .withForm(
                                    formId,
                                    fieldId,
                                    fieldValue == null || fieldValue.isBlank() ? null : fieldValue.strip())
                            .withSentiment(sentiment),
                    new ConversationOrder(orderKey(sortField), ascending),
                    page,
                    size),
            ConversationSummary::getId);

    private ConversationSummary selected;
    // Counts choices, so the panels of the chosen conversation read it afresh on each choice (the same row too).
    private int choice;

    private transient List<Message> messages;
    private transient List<Queue> queueChoices;
    private transient List<Agent> agentChoices;
    private transient List<Tag> tagChoices;
    private transient List<Form> formChoices;
    private transient List<FormField> fieldChoices;

    /** A column's sort field (its {@code sortBy}) as the engine's order; none: the work order. */
    static ConversationOrder.Key orderKey(String sortField) {
        if (sortField == null) {
            return ConversationOrder.Key.WORK;
        }
        return switch (sortField) {
            case "displayId" -> ConversationOrder.Key.DISPLAY_ID;
            case "status" -> ConversationOrder.Key.STATUS;
            case "priority" -> ConversationOrder.Key.PRIORITY;
            case "channel" -> ConversationOrder.Key.CHANNEL;
            case "queueName" -> ConversationOrder.Key.QUEUE;
            case "customerName" -> ConversationOrder.Key.CUSTOMER;
            case "createdAt" -> ConversationOrder.Key.CREATED;
            case "updatedAt" -> ConversationOrder.Key.UPDATED;
            case "assigneeName" -> ConversationOrder.Key.ASSIGNEE;
            case "slaDueAt" -> ConversationOrder.Key.SLA_DUE;
            default -> ConversationOrder.Key.WORK;
        };
    }

    /** Shows the first page of what the filters now select. */
    public void filter() {
        if (fieldValue != null && !fieldValue.isBlank() && fieldId == null) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "work:fieldValue",
                            new jakarta.faces.application.FacesMessage(
                                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                                    "Field value: choose the input field whose value to match",
                                    null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ((UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)).setFirst(0);
        setSelected(null);
    }

    public void clearFilters() {
        queueId = null;
        status = null;
        priority = null;
        channel = null;
        shortId = null;
        assigneeId = null;
        tag = null;
        slaStanding = null;
        formId = null;
        fieldId = null;
        fieldValue = null;
        sentiment = null;
        filter();
    }

    /** The Chatbots view: conversations assigned to bots, with Agent takeover. */
    public void showChatbots(boolean shown) {
        chatbots = shown;
        filter();
    }

    public boolean isChatbots() {
        return chatbots;
    }

    // ---- acting on the chosen conversation

    /** Managers and supervisors act on any conversation; Analytics Managers only read. */
    public boolean isMayAct() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("MANAGER") || external.isUserInRole("ACCOUNT_MANAGER");
    }

    /** Whether the chosen conversation can still change (closed is final). */
    public boolean isActionable() {
        return selected != null && selected.getStatus() != ConversationStatus.CLOSED && isMayAct();
    }

    @ReportsRefusals
    public void assign() {
        if (!mayChange()) {
            return;
        }
        if (assignTo == null) {
            Messages.failText("Choose the agent to assign it to");
            return;
        }
        conversations.assign(selected.getId(), assignTo);
        done("Assigned to " + agents.find(assignTo).getName());
    }

    @ReportsRefusals
    public void unassign() {
        if (!mayChange()) {
            return;
        }
        conversations.assign(selected.getId(), null);
        done("Unassigned; automatic assignment looks for an agent");
    }

    @ReportsRefusals
    public void transfer() {
        if (!mayChange()) {
            return;
        }
        if (transferTo == null) {
            Messages.failText("Choose the queue to transfer it to");
            return;
        }
        conversations.moveToQueue(selected.getId(), transferTo);
        done("Transferred to queue " + queues.find(transferTo).getName());
    }

    @ReportsRefusals
    public void changeStatus() {
        if (!mayChange()) {
            return;
        }
        if (newStatus == null) {
            Messages.failText("Choose the new status");
            return;
        }
        conversations.changeStatus(selected.getId(), newStatus);
        done("Status set to " + Labels.words(newStatus));
    }

    @ReportsRefusals
    public void changePriority() {
        if (!mayChange()) {
            return;
        }
        if (newPriority == null) {
            Messages.failText("Choose the new priority");
            return;
        }
        conversations.changePriority(selected.getId(), newPriority);
        done("Priority set to " + Labels.words(newPriority));
    }

    @ReportsRefusals
    public void tagIt() {
        if (!mayChange()) {
            return;
        }
        if (addTag == null || addTag.isBlank()) {
            Messages.failText("Choose the tag to add");
            return;
        }
        conversations.tag(selected.getId(), addTag);
        done("Tagged " + addTag);
    }

    /** Agent takeover by routing: the bot hands the conversation over as its route request does. */
    @ReportsRefusals
    public void routeToAgents() {
        if (!mayChange()) {
            return;
        }
        RoutingDecisionRecord decision = conversations.reroute(selected.getId());
        done("Handed over to agents" + (decision == null ? "" : ": routed again"));
    }

    private boolean mayChange() {
        if (!isMayAct()) {
            Messages.failText("Only managers and supervisors change conversations");
            return false;
        }
        if (selected == null) {
            Messages.failText("Choose a conversation first");
            return false;
        }
        return true;
    }

    // After a change: the list and the chosen one read afresh, the action fields cleared.
    private void done(String what) {
        Messages.inform(what + " (conversation " + selected.getDisplayId() + ")");
        long id = selected.getId();
        setSelected(conversations.summary(id));
        assignTo = null;
        transferTo = null;
        newStatus = null;
        newPriority = null;
        addTag = null;
    }

    /** How long the conversation has waited since it started, in words. */
    public String waited(ConversationSummary conversation) {
        if (conversation == null) {
            return "";
        }
        return Labels.length(Duration.between(conversation.getCreatedAt(), now()));
    }

    /** The SLA time left in words: "12 min", "breached", or empty without a running clock. */
    public String slaLeft(ConversationSummary conversation) {
        if (conversation == null) {
            return "";
        }
        Instant now = now();
        return switch (conversation.slaStanding(now)) {
            case NONE -> "";
            case BREACHED -> "Breached";
            case AT_RISK -> Labels.length(Duration.between(now, conversation.getSlaDueAt())) + " (at risk)";
            case ON_TRACK -> Labels.length(Duration.between(now, conversation.getSlaDueAt()));
        };
    }

    /** The row's style by SLA standing: amber at risk, red breached. */
    public String slaStyle(ConversationSummary conversation) {
        if (conversation == null) {
            return "";
        }
        return switch (conversation.slaStanding(now())) {
            case AT_RISK -> "sb-sla-at-risk";
            case BREACHED -> "sb-sla-breached";
            default -> "";
        };
    }

    private static Instant now() {
        return Clock.systemUTC().instant();
    }

    public List<Agent> getAgents() {
        if (agentChoices == null) {
            agentChoices = agents.list(true).stream()
                    .filter(a -> a.getKind() == AgentKind.HUMAN)
                    .toList();
        }
        return agentChoices;
    }

    public List<Tag> getTags() {
        if (tagChoices == null) {
            tagChoices = tags.list();
        }
        return tagChoices;
    }

    public List<Form> getForms() {
        if (formChoices == null) {
            formChoices = forms.list();
        }
        return formChoices;
    }

    public List<FormField> getFields() {
        if (fieldChoices == null) {
            fieldChoices = fields.list();
        }
        return fieldChoices;
    }

    public SlaStanding[] getSlaStandings() {
        return new SlaStanding[] {SlaStanding.AT_RISK, SlaStanding.BREACHED};
    }

    public LazyDataModel<ConversationSummary> getConversations() {
        return pages;
    }

    /** The selected conversation's messages, oldest first; read once per selection. */
    public List<Message> getMessages() {
        if (messages == null && selected != null) {
            messages = conversations.messages(selected.getId());
        }
        return messages;
    }

    public List<Queue> getQueues() {
        if (queueChoices == null) {
            queueChoices = queues.list();
        }
        return queueChoices;
    }

    public ConversationStatus[] getStatuses() {
        return ConversationStatus.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ConversationSummary getSelected() {
        return selected;
    }

    public void setSelected(ConversationSummary selected) {
        this.selected = selected;
        choice++;
        messages = null;
    }

    /** Changes whenever a conversation is chosen (or the choice cleared). */
    public int getChoice() {
        return choice;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
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

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    /**
     * Whether conversations show their short ID (the Short ID setting, read once per view: rows ask for it each);
     * otherwise they show their id. The filter's ID is the one shown.
     */
    public boolean isShortIdShown() {
        if (shortIdShown == null) {
            shortIdShown = settings.shortIdEnabled();
        }
        return shortIdShown;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Long getFormId() {
        return formId;
    }

    public void setFormId(Long formId) {
        this.formId = formId;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public void setFieldId(Long fieldId) {
        this.fieldId = fieldId;
    }

    public String getFieldValue() {
        return fieldValue;
    }

    public void setFieldValue(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public SentimentLabel[] getSentiments() {
        return SentimentLabel.values();
    }

    public SentimentLabel getSentiment() {
        return sentiment;
    }

    public void setSentiment(SentimentLabel sentiment) {
        this.sentiment = sentiment;
    }

    public SlaStanding getSlaStanding() {
        return slaStanding;
    }

    public void setSlaStanding(SlaStanding slaStanding) {
        this.slaStanding = slaStanding;
    }

    public Long getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(Long assignTo) {
        this.assignTo = assignTo;
    }

    public Long getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(Long transferTo) {
        this.transferTo = transferTo;
    }

    public ConversationStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(ConversationStatus newStatus) {
        this.newStatus = newStatus;
    }

    public Priority getNewPriority() {
        return newPriority;
    }

    public void setNewPriority(Priority newPriority) {
        this.newPriority = newPriority;
    }

    public String getAddTag() {
        return addTag;
    }

    public void setAddTag(String addTag) {
        this.addTag = addTag;
    }

    public Long getShortId() {
        return shortId;
    }

    public void setShortId(Long shortId) {
        this.shortId = shortId;
    }
}
