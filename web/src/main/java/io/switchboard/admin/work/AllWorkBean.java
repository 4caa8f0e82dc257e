package io.switchboard.admin.work;

import io.switchboard.admin.support.ServerPages;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.ConversationFilter;
import io.switchboard.conversations.ConversationOrder;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.ConversationSummary;
import io.switchboard.conversations.Message;
import io.switchboard.conversations.Priority;
import io.switchboard.lifecycle.ConversationService;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The All Work view's list: every conversation in the order agents work them (priority, then longest waiting), or
 * sorted by the column the user chooses, filtered and paged by the server, and the chosen one's messages. The chosen
 * one's SLA and assignment decisions have their own beans.
 */
@Named
@ViewScoped
public class AllWorkBean implements Serializable {

    private static final String TABLE = "work:conversations";

    @EJB
    transient ConversationService conversations;

    @EJB
    transient QueueService queues;

    @EJB
    transient SettingsService settings;

    private Boolean shortIdShown;

    private Long queueId;
    private ConversationStatus status;
    private Priority priority;
    private Channel channel;
    private Long shortId;

    private final LazyDataModel<ConversationSummary> pages = new ServerPages<>(
            (page, size, sortField, ascending) -> conversations.summaries(
                    new ConversationFilter(
                            queueId, status, priority, channel, null, null, null, null, null, null, shortId),
                    new ConversationOrder(orderKey(sortField), ascending),
                    page,
                    size),
            ConversationSummary::getId);

    private ConversationSummary selected;
    // Counts choices, so the panels of the chosen conversation read it afresh on each choice (the same row too).
    private int choice;

    private transient List<Message> messages;
    private transient List<Queue> queueChoices;

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
            default -> ConversationOrder.Key.WORK;
        };
    }

    /** Shows the first page of what the filters now select. */
    public void filter() {
        ((UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)).setFirst(0);
        setSelected(null);
    }

    public void clearFilters() {
        queueId = null;
        status = null;
        priority = null;
        channel = null;
        shortId = null;
        filter();
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

    public Long getShortId() {
        return shortId;
    }

    public void setShortId(Long shortId) {
        this.shortId = shortId;
    }
}
