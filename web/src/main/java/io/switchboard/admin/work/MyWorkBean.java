package io.switchboard.admin.work;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.Reader;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.lifecycle.workspace.AgentWorkspace;
import io.switchboard.lifecycle.workspace.ConversationDetail;
import io.switchboard.lifecycle.workspace.WorkItem;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * My Work: the signed-in agent's assigned conversations in work order, and the unassigned ones of their queues they
 * may take. Read afresh on every render the page asks for (the live channel asks after each change).
 */
@Named
@ViewScoped
public class MyWorkBean implements Serializable {

    @EJB
    transient AgentWorkspace workspace;

    @Inject
    SettingsService settings;

    private transient List<WorkItem> inbox;
    private transient List<WorkItem> takeable;
    private Boolean shortIdShown;
    private transient List<ConversationDetail.Line> senders;
    private Long senderId;
    private String address;
    private String text;
    private Long transferred;

    public List<WorkItem> getInbox() {
        if (inbox == null) {
            inbox = workspace.inbox(Reader.roles(), Reader.username());
        }
        return inbox;
    }

    public List<WorkItem> getTakeable() {
        if (takeable == null) {
            takeable = workspace.takeable(Reader.roles(), Reader.username());
        }
        return takeable;
    }

    /** Reads both lists again (a live notice, or the Refresh button). */
    public void refresh() {
        inbox = null;
        takeable = null;
    }

    /** Assigns the conversation to the reader through the engine (capacity, queues and statuses as the API). */
    @ReportsRefusals
    public void take(long conversationId) {
        try {
            workspace.take(conversationId, Reader.roles(), Reader.username());
            Messages.inform("The conversation is yours now");
        } finally {
            refresh();
        }
    }

    /** The senders the agent may start from, their queues' default senders first. */
    public List<ConversationDetail.Line> getSenders() {
        if (senders == null) {
            senders = workspace.startSenders(Reader.username());
        }
        return senders;
    }

    /** Starts a conversation with the customer, assigned to the agent, and opens it. */
    @ReportsRefusals
    public String start() throws IOException {
        if (senderId == null) {
            Messages.failText("From: choose the sender to write from");
            return null;
        }
        long id = workspace.start(Reader.username(), senderId, address, text);
        return "/admin/conversation?faces-redirect=true&id=" + id;
    }

    public Long getSenderId() {
        return senderId;
    }

    public void setSenderId(Long senderId) {
        this.senderId = senderId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The conversation the agent just transferred out of their queues (the page says where it went), or null. */
    public Long getTransferred() {
        return transferred;
    }

    public void setTransferred(Long transferred) {
        this.transferred = transferred;
    }

    /** The server's clock in epoch ms as the page renders: the page's SLA countdowns count from it. */
    public long getNow() {
        return System.currentTimeMillis();
    }

    /** Whether the lists show short IDs (the Short ID setting). */
    public boolean isShortIdShown() {
        if (shortIdShown == null) {
            shortIdShown = settings.shortIdEnabled();
        }
        return shortIdShown;
    }
}
