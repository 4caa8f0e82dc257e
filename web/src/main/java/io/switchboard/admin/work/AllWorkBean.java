package io.switchboard.admin.work;

import io.switchboard.assignment.AssignmentCandidate;
import io.switchboard.assignment.AssignmentDecision;
import io.switchboard.assignment.AssignmentService;
import java.util.Locale;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.ConversationFilter;
import io.switchboard.conversations.ConversationService;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.ConversationSummary;
import io.switchboard.conversations.Message;
import io.switchboard.conversations.Page;
import io.switchboard.conversations.Priority;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.settings.SettingsService;
import io.switchboard.sla.MetricState;
import io.switchboard.sla.SlaBreach;
import io.switchboard.sla.SlaTracker;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The All Work view: every conversation, newest first, filtered and paged by the server; the chosen one's messages. */
@Named
@ViewScoped
public class AllWorkBean implements Serializable {

    private static final String TABLE = "work:conversations";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** Pages through the service, which answers a page and the total in one call. */
    private class Pages extends LazyDataModel<ConversationSummary> {

        // PrimeFaces' contract when the total comes with the page: count 0, load sets the row count.
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<ConversationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                              Map<String, FilterMeta> filterBy) {
            ConversationFilter filter = new ConversationFilter(queueId, status, priority, channel, shortId,
                    null, null, null);
            Page<ConversationSummary> found = conversations.summaries(filter, first / pageSize, pageSize);
            int last = recalculateFirst(first, pageSize, (int) found.total());
            if (last != first) {
                // Fewer conversations match than when this page was chosen: show the last page instead.
                found = conversations.summaries(filter, last / pageSize, pageSize);
            }
            setRowCount((int) found.total());
            return found.items();
        }

        @Override
        public String getRowKey(ConversationSummary conversation) {
            return String.valueOf(conversation.getId());
        }

        // PrimeFaces 15's default throws without a row-key converter; a selected row is one of the page shown.
        @Override
        public ConversationSummary getRowData(String rowKey) {
            return getWrappedData().stream().filter(c -> rowKey.equals(getRowKey(c))).findFirst().orElse(null);
        }
    }

    @EJB
    transient ConversationService conversations;

    @EJB
    transient QueueService queues;

    @EJB
    transient SettingsService settings;

    private Boolean shortIdShown;

    private final LazyDataModel<ConversationSummary> pages = new Pages();

    private Long queueId;
    private ConversationStatus status;
    private Priority priority;
    private Channel channel;
    private Long shortId;

    private ConversationSummary selected;

    private List<DecisionRow> decisions;

    @EJB
    transient AssignmentService assignment;

    @EJB
    transient SlaTracker sla;

    private SlaView slaView;

    private transient List<Message> messages;
    private transient List<Queue> queueChoices;

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

    /** A time as supervisors read it, in UTC. */
    public String when(Instant instant) {
        return WHEN.format(instant);
    }

    public LazyDataModel<ConversationSummary> getConversations() {
        return pages;
    }

    /** The automatic assignment decisions of the selected conversation, one row per candidate (or per decision). */
    public List<DecisionRow> getDecisions() {
        if (decisions == null && selected != null) {
            decisions = new java.util.ArrayList<>();
            for (AssignmentDecision d : assignment.decisions(selected.getId())) {
                String head = when(d.getDecidedAt()) + " · " + d.getTrigger() + " · " + d.getMethod() + " → "
                        + (d.getAgentName() == null ? "nobody" : d.getAgentName()) + " (" + d.getReason() + ")";
                if (d.getCandidates().isEmpty()) {
                    decisions.add(new DecisionRow(head, null, null, null, null, false));
                }
                for (AssignmentCandidate c : d.getCandidates()) {
                    decisions.add(new DecisionRow(head, c.getAgentName(), String.format(Locale.ROOT, "%.1f", c.getWorkload()),
                            c.getUnservedSeconds(), String.format(Locale.ROOT, "%.3f", c.getScore()), c.isChosen()));
                }
            }
        }
        return decisions;
    }

    /** One candidate of one decision, as the table shows it. */
    public static final class DecisionRow implements Serializable {
        private final String decision;
        private final String agent;
        private final String workload;
        private final Long unservedSeconds;
        private final String score;
        private final boolean chosen;

        DecisionRow(String decision, String agent, String workload, Long unservedSeconds, String score,
                    boolean chosen) {
            this.decision = decision;
            this.agent = agent;
            this.workload = workload;
            this.unservedSeconds = unservedSeconds;
            this.score = score;
            this.chosen = chosen;
        }

        public String getDecision() {
            return decision;
        }

        public String getAgent() {
            return agent;
        }

        public String getWorkload() {
            return workload;
        }

        public Long getUnservedSeconds() {
            return unservedSeconds;
        }

        public String getScore() {
            return score;
        }

        public boolean isChosen() {
            return chosen;
        }
    }

    /** The selected conversation's SLA: policy, severity, each clock, and the recorded breaches. */
    public static final class SlaView implements Serializable {
        private final String policy;
        private final String severity;
        private final List<ClockRow> clocks;
        private final List<BreachRow> breaches;

        SlaView(String policy, String severity, List<ClockRow> clocks, List<BreachRow> breaches) {
            this.policy = policy;
            this.severity = severity;
            this.clocks = clocks;
            this.breaches = breaches;
        }

        public String getPolicy() {
            return policy;
        }

        public String getSeverity() {
            return severity;
        }

        public List<ClockRow> getClocks() {
            return clocks;
        }

        public List<BreachRow> getBreaches() {
            return breaches;
        }
    }

    /** One SLA clock as the panel shows it; times in UTC, durations as counted (working time when so promised). */
    public static final class ClockRow implements Serializable {
        private final String metric;
        private final String status;
        private final String target;
        private final String due;
        private final String remaining;
        private final String breachedBy;

        ClockRow(String metric, String status, String target, String due, String remaining, String breachedBy) {
            this.metric = metric;
            this.status = status;
            this.target = target;
            this.due = due;
            this.remaining = remaining;
            this.breachedBy = breachedBy;
        }

        public String getMetric() {
            return metric;
        }

        public String getStatus() {
            return status;
        }

        public String getTarget() {
            return target;
        }

        public String getDue() {
            return due;
        }

        public String getRemaining() {
            return remaining;
        }

        public String getBreachedBy() {
            return breachedBy;
        }
    }

    /** A recorded breach of the selected conversation. */
    public static final class BreachRow implements Serializable {
        private final String metric;
        private final String policy;
        private final String severity;
        private final String due;
        private final String breachedBy;

        BreachRow(SlaBreach breach, String due, String breachedBy) {
            metric = breach.getMetric().name();
            policy = breach.getPolicyName();
            severity = breach.getSeverityName();
            this.due = due;
            this.breachedBy = breachedBy;
        }

        public String getMetric() {
            return metric;
        }

        public String getPolicy() {
            return policy;
        }

        public String getSeverity() {
            return severity;
        }

        public String getDue() {
            return due;
        }

        public String getBreachedBy() {
            return breachedBy;
        }
    }

    /** The selected conversation's SLA as it stands when selected; null without a selection. */
    public SlaView getSla() {
        if (slaView == null && selected != null) {
            SlaTracker.SlaState state = sla.state(selected.getId());
            List<ClockRow> clocks = state.clocks().stream().map(c -> new ClockRow(c.metric().name(),
                    c.status().name(), length(c.target()), c.due() == null ? "" : when(c.due()),
                    c.status() == MetricState.Status.RUNNING || c.status() == MetricState.Status.PAUSED
                            ? length(c.remaining()) : "",
                    c.breachedBy().isZero() ? "" : length(c.breachedBy()))).toList();
            List<BreachRow> breaches = state.breaches().stream().map(b -> new BreachRow(b,
                    b.getDueAt() == null ? "" : when(b.getDueAt()), length(b.getBreachedBy()))).toList();
            slaView = new SlaView(state.policy() == null ? null : state.policy().getName(), state.severity(), clocks,
                    breaches);
        }
        return slaView;
    }

    /** A duration as "1h 05m 09s". */
    public static String length(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = Math.max(0, duration.toSeconds());
        return (seconds >= 3600 ? seconds / 3600 + "h " : "") + String.format(Locale.ROOT, "%02dm %02ds",
                seconds % 3600 / 60, seconds % 60);
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
        messages = null;
        decisions = null;
        slaView = null;
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

    /** Whether the short ID column shows (the Short ID setting, read once per view: rows ask for it each). */
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
