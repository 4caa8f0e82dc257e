package io.switchboard.admin.work;

import io.switchboard.admin.support.ConditionChoices;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.Reader;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.workflows.WorkflowRunRow;
import io.switchboard.agents.Agent;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Priority;
import io.switchboard.lifecycle.workflows.WorkflowHistory;
import io.switchboard.lifecycle.workspace.AgentWorkspace;
import io.switchboard.lifecycle.workspace.ConversationDetail;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import io.switchboard.users.Role;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The conversation view (conversation.xhtml?id=): one conversation within the reader's reach, and what they may do
 * with it. Out of reach it reads as not found, as the API's 404. Every action goes through the engine.
 */
@Named
@ViewScoped
public class ConversationBean implements Serializable {

    @EJB
    transient AgentWorkspace workspace;

    @EJB
    transient QueueService queues;

    @EJB
    transient TagService tags;

    @EJB
    transient WorkflowHistory workflowHistory;

    @EJB
    transient io.switchboard.surveys.SurveyService surveys;

    private java.util.Optional<io.switchboard.surveys.SurveyAnswer> survey;

    // Words for a skipped run's failed condition ("To is Support (+385 100)", not "conversation.to is '2'").
    @Inject
    ConditionChoices choices;

    private Long id;
    private transient ConversationDetail detail;
    private transient List<WorkflowRunRow> workflowRuns;
    private boolean notFound;

    private String reply;

    // The composer's recipient field as a macro filled it (null: the conversation's customer, on its own sender).
    private Channel recipientChannel;
    private String recipientAddress;
    private Long recipientSenderId;
    private String recipientSender;
    private String note;
    private String tag;
    private Priority priority;
    private ConversationStatus status;
    private Long queueId;
    private Long agentId;
    private String severity;
    private Long mergeId;

    /** Reads the conversation (the page's view action, and after each change). */
    public void load() {
        detail = null;
        workflowRuns = null;
        survey = null;
        notFound = false;
        if (id == null) {
            notFound = true;
            return;
        }
        try {
            detail = workspace.open(id, Reader.roles(), Reader.username());
            priority = detail.getPriority();
            status = detail.getStatus();
            severity = detail.getSeverity();
        } catch (UnknownEntityException e) {
            notFound = true;
        }
    }

    public ConversationDetail getDetail() {
        if (detail == null && !notFound) {
            load();
        }
        return detail;
    }

    /** The workflow runs recorded on the conversation in the order they ran; read once per load. */
    public List<WorkflowRunRow> getWorkflowRuns() {
        if (workflowRuns == null && getDetail() != null) {
            workflowRuns = WorkflowRunRow.of(
                    workflowHistory.runs(id),
                    failed -> choices.newWorkflowEditor().readFailure(failed));
        }
        return workflowRuns;
    }

    /** The conversation's latest survey (the guide: "Scores and comments are visible in the agent panel"). */
    public io.switchboard.surveys.SurveyAnswer getSurvey() {
        if (survey == null && getDetail() != null) {
            survey = surveys.ofConversation(id);
        }
        return survey == null ? null : survey.orElse(null);
    }

    /** The survey's state in words: the answer the customer chose, or that none came yet. */
    public String getSurveyScore() {
        io.switchboard.surveys.SurveyAnswer answer = getSurvey();
        if (answer == null) {
            return null;
        }
        if (answer.score() == null) {
            return "No answer yet";
        }
        return "HAPPY".equals(answer.score()) ? "Happy" : "Not happy";
    }

    public boolean isNotFound() {
        getDetail();
        return notFound;
    }

    /** The server's clock in epoch ms as the page renders: the page's SLA countdowns count from it. */
    public long getNow() {
        return System.currentTimeMillis();
    }

    private Set<Role> roles() {
        return Reader.roles();
    }

    /** Managers and supervisors: assign to any agent of the queue. */
    public boolean isSupervising() {
        Set<Role> roles = roles();
        return roles.contains(Role.MANAGER) || roles.contains(Role.ACCOUNT_MANAGER);
    }

    /**
     * Sends the reply: on the conversation's own sender, or, when a macro filled the recipient field with another
     * sender, as a new conversation from that sender to the customer's address there (a conversation is one sender's
     * thread), which then opens.
     */
    @ReportsRefusals
    public String send() {
        try {
            if (recipientSenderId != null && recipientSenderId != getDetail().getSenderId()) {
                long started = workspace.start(Reader.username(), recipientSenderId, recipientAddress, reply);
                clearRecipient();
                reply = null;
                return "/admin/conversation?faces-redirect=true&id=" + started;
            }
            workspace.reply(id, roles(), Reader.username(), reply);
            reply = null;
            Messages.inform("Sent");
            return null;
        } finally {
            load();
        }
    }

    /** A macro filled the recipient field: the customer's address on a channel, written to from a sender. */
    public void fillRecipient(String channel, String address, long senderId, String sender) {
        recipientChannel = Channel.valueOf(channel);
        recipientAddress = address;
        recipientSenderId = senderId;
        recipientSender = sender;
    }

    /** Back to replying in this conversation. */
    public void clearRecipient() {
        recipientChannel = null;
        recipientAddress = null;
        recipientSenderId = null;
        recipientSender = null;
    }

    public Channel getRecipientChannel() {
        return recipientChannel;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getRecipientSender() {
        return recipientSender;
    }

    @ReportsRefusals
    public void addNote() {
        try {
            workspace.addNote(id, roles(), Reader.username(), note);
            note = null;
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void addTag() {
        try {
            workspace.tag(id, roles(), Reader.username(), tag);
            tag = null;
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void removeTag(String name) {
        try {
            workspace.untag(id, roles(), Reader.username(), name);
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void changePriority() {
        try {
            workspace.changePriority(id, roles(), Reader.username(), priority);
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void changeStatus() {
        try {
            workspace.changeStatus(id, roles(), Reader.username(), status);
            Messages.inform("Status changed");
        } finally {
            load();
        }
    }

    /** Closing is final: the page asks first through the global confirm dialog. */
    @ReportsRefusals
    public void close() {
        try {
            workspace.changeStatus(id, roles(), Reader.username(), ConversationStatus.CLOSED);
            Messages.inform("Closed");
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public String transfer() {
        if (queueId == null) {
            Messages.failText("Queue: choose the queue to transfer to");
            return null;
        }
        try {
            workspace.moveToQueue(id, roles(), Reader.username(), queueId);
            Messages.inform("Transferred");
        } finally {
            queueId = null;
            load();
        }
        if (notFound) {
            // Transferred to a queue the agent does not work in: it left their work; back to what is, saying so.
            return "/admin/my-work?faces-redirect=true&transferred=" + id;
        }
        return null;
    }

    @ReportsRefusals
    public void take() {
        try {
            workspace.take(id, roles(), Reader.username());
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void assign() {
        if (agentId == null) {
            Messages.failText("Agent: choose the agent to assign to");
            return;
        }
        try {
            workspace.assign(id, roles(), Reader.username(), agentId);
            Messages.inform("Assigned");
        } finally {
            agentId = null;
            load();
        }
    }

    @ReportsRefusals
    public void unassign() {
        try {
            workspace.unassign(id, roles(), Reader.username());
        } finally {
            load();
        }
    }

    /** Merges the chosen conversation of the same customer into this one (asked first: the other closes). */
    @ReportsRefusals
    public void merge() {
        if (mergeId == null) {
            Messages.failText("Merge: choose the conversation to merge into this one");
            return;
        }
        try {
            workspace.merge(id, roles(), Reader.username(), mergeId);
            Messages.inform("Merged");
        } finally {
            mergeId = null;
            load();
        }
    }

    public Long getMergeId() {
        return mergeId;
    }

    public void setMergeId(Long mergeId) {
        this.mergeId = mergeId;
    }

    @ReportsRefusals
    public void changeSeverity() {
        try {
            workspace.changeSeverity(id, roles(), Reader.username(), severity);
        } finally {
            load();
        }
    }

    public List<Queue> getQueues() {
        return queues.list();
    }

    public List<Agent> getAgents() {
        ConversationDetail d = getDetail();
        return d == null ? List.of() : workspace.assignableAgents(d.getQueueId());
    }

    /** Defined tags the conversation does not carry yet. */
    public List<String> getTagChoices() {
        ConversationDetail d = getDetail();
        return tags.list().stream()
                .map(Tag::getName)
                .filter(name -> d == null || !d.getTags().contains(name))
                .sorted()
                .toList();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    /** The statuses one sets here; Closed has its own button, as it is final. */
    public List<ConversationStatus> getStatuses() {
        return List.of(ConversationStatus.OPEN, ConversationStatus.WAITING, ConversationStatus.SOLVED);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public void setStatus(ConversationStatus status) {
        this.status = status;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }
}
