package io.switchboard.admin.voice;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.surveys.logic.SurveyReplies;
import io.switchboard.voice.VoiceReport;
import io.switchboard.voice.VoiceService;
import io.switchboard.voice.logic.Bucketing;
import io.switchboard.voice.logic.ReportRange;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The Voice of the Customer dashboard (the guide: "insight into customers' feedback that they provide after a
 * conversation with an agent over surveys"): a date range in the account's time zone, CSAT over time and by queue,
 * agent and tag, the comments, and the sentiment of the range's conversations; each figure links to the conversations
 * behind it. Supervisors, Managers and Analytics Managers read it.
 */
@Named
@ViewScoped
public class VoiceBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final String ALL_WORK = "/admin/work/all-work.xhtml";

    @EJB
    transient VoiceService voice;

    private LocalDate from;
    private LocalDate to;
    private Bucketing bucketing;
    private VoiceReport report;

    /** A CSAT table row as the page shows it (Jakarta EL reads getters, not record accessors). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final long happy;
        private final long notHappy;
        private final long answers;
        private final Double happyPercent;
        private final String link;

        Row(VoiceReport.CsatRow row, String link) {
            this.name = row.name();
            this.happy = row.happy();
            this.notHappy = row.notHappy();
            this.answers = row.answers();
            this.happyPercent = row.happyPercent();
            this.link = link;
        }

        public String getName() {
            return name;
        }

        public long getHappy() {
            return happy;
        }

        public long getNotHappy() {
            return notHappy;
        }

        public long getAnswers() {
            return answers;
        }

        /** The happy share for sorting; -1 without answers (sorts last). */
        public double getShare() {
            return happyPercent == null ? -1 : happyPercent;
        }

        public String getShareText() {
            return percent(happyPercent);
        }

        /** Where the conversations behind the row are listed; null when no list filters by it. */
        public String getLink() {
            return link;
        }
    }

    /** A comment as the page shows it. */
    public static final class CommentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long conversationId;
        private final boolean happy;
        private final String comment;
        private final String when;
        private final String queue;
        private final String agent;

        CommentRow(VoiceReport.Comment comment, ZoneId zone) {
            this.conversationId = comment.conversationId();
            this.happy = SurveyReplies.HAPPY.equals(comment.score());
            this.comment = comment.comment();
            this.when = WHEN.format(comment.at().atZone(zone));
            this.queue = comment.queue();
            this.agent = comment.agent() == null ? "Unassigned" : comment.agent();
        }

        public long getConversationId() {
            return conversationId;
        }

        public String getScore() {
            return happy ? "Happy" : "Not happy";
        }

        public boolean isHappy() {
            return happy;
        }

        public String getComment() {
            return comment;
        }

        public String getWhen() {
            return when;
        }

        public String getQueue() {
            return queue;
        }

        public String getAgent() {
            return agent;
        }
    }

    @PostConstruct
    void init() {
        ReportRange range = voice.defaultRange();
        from = range.from();
        to = range.to();
        report = voice.report(range, null);
    }

    /** Reads the report of the chosen range; a wrong range is named beside its field and the last report stays. */
    public void show() {
        try {
            report = voice.report(
                    voice.range(from == null ? null : from.toString(), to == null ? null : to.toString()), bucketing);
            from = report.from();
            to = report.to();
        } catch (InvalidInputException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            String field = "to".equals(e.getField()) ? "voice:to" : "voice:from";
            String label = "to".equals(e.getField()) ? "To" : "From";
            context.addMessage(
                    field, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + e.getReason(), null));
            context.validationFailed();
        }
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

    public Bucketing getBucketing() {
        return bucketing;
    }

    public void setBucketing(Bucketing bucketing) {
        this.bucketing = bucketing;
    }

    public Bucketing[] getBucketings() {
        return Bucketing.values();
    }

    public String bucketingWords(Bucketing b) {
        return b == Bucketing.DAY ? "Per day" : "Per week";
    }

    public String getTimeZone() {
        return report.timeZone();
    }

    /** "75.0% happy of 4 answers" for the whole range. */
    public String getCsatSummary() {
        VoiceReport.CsatRow all = report.csat();
        return all.answers() == 0
                ? "No survey answers in this range"
                : percent(all.happyPercent()) + " happy · " + all.happy() + " happy, " + all.notHappy()
                        + " not happy of " + all.answers() + (all.answers() == 1 ? " answer" : " answers");
    }

    public String getSentimentSummary() {
        VoiceReport.SentimentCounts s = report.sentiment();
        return s.total() == 0
                ? "No scored conversations started in this range"
                : s.total() + (s.total() == 1 ? " conversation" : " conversations") + " scored: " + s.negative()
                        + " negative, " + s.neutral() + " neutral, " + s.positive() + " positive";
    }

    public List<Row> getByQueue() {
        return report.csatByQueue().stream()
                .map(r -> new Row(r, ALL_WORK + "?queue=" + r.id()))
                .toList();
    }

    public List<Row> getByAgent() {
        return report.csatByAgent().stream()
                .map(r -> new Row(r, r.id() == null ? null : ALL_WORK + "?assignee=" + r.id()))
                .toList();
    }

    public List<Row> getByTag() {
        return report.csatByTag().stream()
                .map(r -> new Row(r, ALL_WORK + "?tag=" + URLEncoder.encode(r.name(), StandardCharsets.UTF_8)))
                .toList();
    }

    public List<CommentRow> getComments() {
        ZoneId zone = ZoneId.of(report.timeZone());
        return report.comments().stream().map(c -> new CommentRow(c, zone)).toList();
    }

    public SentimentLabel[] getSentimentLabels() {
        return SentimentLabel.values();
    }

    public long sentimentCount(SentimentLabel label) {
        VoiceReport.SentimentCounts s = report.sentiment();
        return switch (label) {
            case NEGATIVE -> s.negative();
            case NEUTRAL -> s.neutral();
            case POSITIVE -> s.positive();
        };
    }

    /** All Work with the conversations of this sentiment. */
    public String sentimentLink(SentimentLabel label) {
        return ALL_WORK + "?sentiment=" + label.name();
    }

    /** The happy share per day or week (a Chart.js bar chart, 0 to 100). */
    public String getCsatChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder shares = Json.createArrayBuilder();
        JsonArrayBuilder answers = Json.createArrayBuilder();
        report.csatOverTime().forEach(p -> {
            labels.add(pointLabel(p.start()));
            if (p.happyPercent() == null) {
                shares.addNull();
            } else {
                shares.add(p.happyPercent());
            }
            answers.add(p.answers());
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("type", "line")
                        .add("label", "Happy share (%)")
                        .add("data", shares)
                        .add("borderColor", "#10b981")
                        .add("backgroundColor", "#10b981")
                        .add("spanGaps", true)
                        .add("yAxisID", "share"))
                .add(Json.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", "Answers")
                        .add("data", answers)
                        .add("backgroundColor", "#cbd5e1")
                        .add("yAxisID", "answers"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(
                        "share",
                        Json.createObjectBuilder()
                                .add("position", "left")
                                .add("min", 0)
                                .add("max", 100))
                .add(
                        "answers",
                        Json.createObjectBuilder()
                                .add("position", "right")
                                .add("beginAtZero", true)
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return chart("bar", labels, datasets, scales, "CSAT " + pointWords() + " (" + report.timeZone() + ")");
    }

    /** Conversations per sentiment label (a Chart.js doughnut). */
    public String getSentimentChart() {
        VoiceReport.SentimentCounts s = report.sentiment();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (SentimentLabel label : SentimentLabel.values()) {
            labels.add(label.text());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", "Conversations")
                        .add(
                                "data",
                                Json.createArrayBuilder()
                                        .add(s.negative())
                                        .add(s.neutral())
                                        .add(s.positive()))
                        .add(
                                "backgroundColor",
                                Json.createArrayBuilder()
                                        .add("#ef4444")
                                        .add("#94a3b8")
                                        .add("#10b981")));
        return chart("doughnut", labels, datasets, null, "Sentiment of the conversations started in the range");
    }

    /** The mean message score per day or week, -1 to +1 (a Chart.js line chart). */
    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        report.sentimentTrend().forEach(p -> {
            labels.add(pointLabel(p.start()));
            if (p.average() == null) {
                values.addNull();
            } else {
                values.add(p.average());
            }
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", "Mean sentiment of customers' messages")
                        .add("data", values)
                        .add("borderColor", "#3b82f6")
                        .add("backgroundColor", "#3b82f6")
                        .add("spanGaps", true)
                        .add("tension", 0.2));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("min", -1).add("max", 1));
        return chart("line", labels, datasets, scales, "Sentiment " + pointWords() + " (-1 to +1)");
    }

    private String pointWords() {
        return Bucketing.WEEK.name().equals(report.bucketing()) ? "per week" : "per day";
    }

    private String pointLabel(LocalDate start) {
        return (Bucketing.WEEK.name().equals(report.bucketing()) ? "Week of " : "") + DAY.format(start);
    }

    private static String chart(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales, String title) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", title)));
        if (scales != null) {
            options.add("scales", scales);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ENGLISH, "%.1f%%", value);
    }
}
