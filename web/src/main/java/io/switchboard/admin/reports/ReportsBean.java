package io.switchboard.admin.reports;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.Priority;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.reports.ConversationsReport;
import io.switchboard.reports.ReportCsv;
import io.switchboard.reports.ReportFilter;
import io.switchboard.reports.ReportService;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The Conversations report page: a span of days in the account's time zone and filters; volume per day and the
 * duration histogram as Chart.js charts; first response and resolution times by queue, channel, tag and priority; SLA
 * met and breached; per agent handled conversations, time per status group (a stacked chart) and
 * occupancy; each table as CSV. Read-only for every role that sees it.
 */
@Named
@ViewScoped
public class ReportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ReportService reports;

    @EJB
    transient QueueService queueService;

    @EJB
    transient TagService tagService;

    private LocalDate from;
    private LocalDate to;
    private Long queueId;
    private Channel channel;
    private Long tagId;
    private Priority priority;
    private SentimentLabel sentiment;
    private String timeZone;
    private ConversationsReport report;

    @PostConstruct
    void init() {
        to = reports.today();
        from = to.minusDays(6);
        timeZone = reports.accountZone().getId();
        show();
    }

    /** Reads the report for the span and filters; a wrong span is shown beside its field. */
    public void show() {
        if (from == null || to == null) {
            Messages.failAt(from == null ? "filter:from" : "filter:to", "Choose a day");
            return;
        }
        try {
            report = reports.report(
                    new ReportFilter(from, to, reports.accountZone(), queueId, channel, tagId, priority, sentiment));
        } catch (InvalidInputException e) {
            Messages.failAt("filter:" + e.getField(), e.getReason());
        }
    }

    /** One table as a CSV download (a few hundred rows at most: written at once). */
    public StreamedContent csv(String table) {
        ReportCsv.Table which = ReportCsv.Table.parse(table);
        byte[] csv = ReportCsv.csv(report, which).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("conversations-" + which.name().toLowerCase(Locale.ROOT) + "-" + report.from() + "-" + report.to()
                        + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public String duration(Long seconds) {
        return seconds == null ? "–" : Labels.length(Duration.ofSeconds(seconds));
    }

    /** Seconds as a length ("1 h 5 min"); none as "–". */
    public String time(long seconds) {
        return seconds == 0 ? "–" : duration(seconds);
    }

    public String percent(Double value) {
        return value == null ? "–" : value + " %";
    }

    public String words(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String since(ConversationsReport.AgentRow agent) {
        return agent.statusSince() == null
                ? "–"
                : Labels.time(agent.statusSince()) + " (" + duration(agent.statusSeconds()) + ")";
    }

    /** Conversations started, customers' messages and messages out per day (a Chart.js bar chart). */
    public String getVolumeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.days().forEach(d -> labels.add(d.date().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("Conversations started", report.days(), ConversationsReport.Day::conversations, "#3b82f6"))
                .add(dataset("Messages in", report.days(), ConversationsReport.Day::messagesIn, "#10b981"))
                .add(dataset("Messages out", report.days(), ConversationsReport.Day::messagesOut, "#f59e0b"));
        return chart(labels, datasets, "Per day (" + timeZone + ")");
    }

    /** How many first responses and resolutions took how long (a Chart.js bar chart over the buckets). */
    public String getHistogramChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.histogram().forEach(b -> labels.add(b.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(
                        "First responses", report.histogram(), ConversationsReport.Bucket::firstResponses, "#6366f1"))
                .add(dataset("Resolutions", report.histogram(), ConversationsReport.Bucket::resolutions, "#ec4899"));
        return chart(labels, datasets, "How long: first response and resolution times");
    }

    /** SLA met and breached per policy, severity and metric (a stacked Chart.js bar chart). */
    public String getSlaChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.sla().forEach(s -> labels.add(s.policy() + " · " + s.severity() + " · " + words(s.metric())));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("Met", report.sla(), ConversationsReport.Sla::met, "#10b981")
                        .add("stack", "sla"))
                .add(dataset("Breached", report.sla(), ConversationsReport.Sla::breached, "#ef4444")
                        .add("stack", "sla"));
        return chart(labels, datasets, "SLA met and breached (conversations closed in the span)");
    }

    /**
     * Time per status group per agent over the span, in hours (a stacked horizontal Chart.js bar chart, one bar per
     * agent who has any time in it): whether each agent was signed in, and how.
     */
    public String getAgentTimeChart() {
        List<ConversationsReport.AgentRow> agents = getTimedAgents();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        agents.forEach(a -> labels.add(a.name()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(hours("Available", agents, ConversationsReport.AgentRow::availableSeconds, "#10b981"))
                .add(hours("Busy", agents, ConversationsReport.AgentRow::busySeconds, "#f59e0b"))
                .add(hours("Away", agents, ConversationsReport.AgentRow::awaySeconds, "#6366f1"))
                .add(hours("Unavailable", agents, ConversationsReport.AgentRow::unavailableSeconds, "#9ca3af"));
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("responsive", true)
                                .add("indexAxis", "y")
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", "Hours")))
                                                .add("y", stacked))
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", "Hours per status group and agent"))))
                .build()
                .toString();
    }

    /** The agents with any time in the span (the chart's bars), most signed-in time first. */
    public List<ConversationsReport.AgentRow> getTimedAgents() {
        return report.agents().stream()
                .filter(a -> a.signedInSeconds() + a.unavailableSeconds() > 0)
                .sorted(java.util.Comparator.comparingLong(ConversationsReport.AgentRow::signedInSeconds)
                        .reversed()
                        .thenComparing(ConversationsReport.AgentRow::name))
                .toList();
    }

    private static JsonObjectBuilder hours(
            String label,
            List<ConversationsReport.AgentRow> rows,
            ToLongFunction<ConversationsReport.AgentRow> seconds,
            String color) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        rows.forEach(r -> values.add(Math.round(seconds.applyAsLong(r) / 36.0) / 100.0));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", color)
                .add("stack", "time");
    }

    private static <T> JsonObjectBuilder dataset(String label, List<T> rows, ToLongFunction<T> value, String color) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        rows.forEach(r -> values.add(value.applyAsLong(r)));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", color);
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, String title) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("responsive", true)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", title))))
                .build()
                .toString();
    }

    public List<Queue> getQueues() {
        return queueService.list();
    }

    public List<Tag> getTags() {
        return tagService.list();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
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

    public String channelLabel(Channel value) {
        return Labels.channel(value);
    }

    public ConversationsReport getReport() {
        return report;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Long getTagId() {
        return tagId;
    }

    public void setTagId(Long tagId) {
        this.tagId = tagId;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }
}
