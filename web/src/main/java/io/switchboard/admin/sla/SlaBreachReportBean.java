package io.switchboard.admin.sla;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.agents.AgentService;
import io.switchboard.forms.Form;
import io.switchboard.forms.FormField;
import io.switchboard.forms.FormFieldService;
import io.switchboard.forms.FormService;
import io.switchboard.platform.Page;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.sla.BreachFilter;
import io.switchboard.sla.BreachOrder;
import io.switchboard.sla.SlaBreach;
import io.switchboard.sla.SlaBreachExport;
import io.switchboard.sla.SlaMetric;
import io.switchboard.sla.SlaReports;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The SLA breach report (guide: breaches "are tracked in reports"): breaches by queue, severity, metric and due date,
 * paged; and its CSV export, a batch job whose progress the page follows, downloaded once done.
 */
@Named
@ViewScoped
public class SlaBreachReportBean implements Serializable {

    /** A breach as the table shows it: names and words, not ids. */
    public record Row(
            long id,
            long conversationId,
            String metric,
            String policy,
            String severity,
            String queue,
            String agent,
            String due,
            String breachedBy)
            implements Serializable {
        // Jakarta EL 5 reads bean getters, not record accessors.
        public long getId() {
            return id;
        }

        public long getConversationId() {
            return conversationId;
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

        public String getQueue() {
            return queue;
        }

        public String getAgent() {
            return agent;
        }

        public String getDue() {
            return due;
        }

        public String getBreachedBy() {
            return breachedBy;
        }
    }

    @EJB
    transient SlaReports reports;

    @EJB
    transient QueueService queues;

    @EJB
    transient AgentService agents;

    @EJB
    transient FormService forms;

    @EJB
    transient FormFieldService fields;

    private Long queueId;
    private String severity;
    private SlaMetric metric;
    private LocalDate from;
    private LocalDate to;
    private Long formId;
    private Long fieldId;
    private String fieldValue;
    private SentimentLabel sentiment;
    private transient List<Form> formChoices;
    private transient List<FormField> fieldChoices;

    private Map<Long, String> queueNames = Map.of();
    private Map<Long, String> agentNames = Map.of();
    private final LazyDataModel<Row> breaches = new Breaches();

    private Long exportId;

    @PostConstruct
    void load() {
        Map<Long, String> names = new HashMap<>();
        queues.list().forEach(q -> names.put(q.getId(), q.getName()));
        queueNames = names;
        Map<Long, String> people = new HashMap<>();
        agents.list(null).forEach(a -> people.put(a.getId(), a.getName()));
        agentNames = people;
    }

    /** The filter as the engine reads it: whole UTC days, "to" included. */
    private BreachFilter filter() {
        return new BreachFilter(
                queueId,
                null,
                severity == null || severity.isBlank() ? null : severity.trim(),
                metric,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                formId,
                fieldId,
                wantedValue(),
                sentiment);
    }

    private String wantedValue() {
        return fieldValue == null || fieldValue.isBlank() ? null : fieldValue.strip();
    }

    private boolean rangeIsValid() {
        boolean valid = true;
        if (from != null && to != null && to.isBefore(from)) {
            Messages.failAt("filter:to", "The end date must not be before the start date");
            valid = false;
        }
        if (wantedValue() != null && fieldId == null) {
            Messages.failAt("filter:fieldValue", "Field value: choose the input field whose value to match");
            valid = false;
        }
        return valid;
    }

    /** Applies the filter (the table reads its pages again). */
    public void search() {
        rangeIsValid();
    }

    /** Starts the CSV export of the breaches the filter selects. */
    @ReportsRefusals
    public void export() {
        if (!rangeIsValid()) {
            return;
        }
        String requestedBy = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getUserPrincipal()
                .getName();
        exportId = reports.startExport(filter(), requestedBy).getId();
        Messages.inform("Export started: the download appears here when it is ready");
    }

    /** The export being followed, read again (the page polls while it runs). */
    public SlaBreachExport getExport() {
        return exportId == null ? null : reports.export(exportId);
    }

    public String exportStatus(SlaBreachExport export) {
        return switch (export.getStatus()) {
            case RUNNING -> "Running";
            case DONE -> "Ready";
            case FAILED -> "Failed: start it again";
        };
    }

    /** The finished export's CSV as a download. */
    public StreamedContent getCsv() {
        SlaBreachExport export = getExport();
        byte[] bytes = export == null || export.getContent() == null
                ? new byte[0]
                : export.getContent().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("sla-breaches-" + exportId + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public static String metricLabel(SlaMetric value) {
        return switch (value) {
            case FIRST_RESPONSE -> "First response";
            case NEXT_REPLY -> "Next reply";
            case RESOLUTION -> "Resolution";
        };
    }

    public String metricWords(SlaMetric value) {
        return metricLabel(value);
    }

    private Row row(SlaBreach b) {
        return new Row(
                b.getId(),
                b.getConversationId(),
                metricLabel(b.getMetric()),
                b.getPolicyName(),
                b.getSeverityName(),
                b.getQueueId() == null ? "" : queueNames.getOrDefault(b.getQueueId(), "A deleted queue"),
                b.getAgentId() == null ? "Nobody" : agentNames.getOrDefault(b.getAgentId(), "A deleted agent"),
                Labels.time(b.getDueAt()),
                Labels.length(b.getBreachedBy()));
    }

    /** The engine's order for a sorted column, by the row property it shows; the due time by default. */
    static BreachOrder order(String column) {
        if (column == null) {
            return BreachOrder.DUE;
        }
        return switch (column.replaceFirst("^.*\\.", "")) {
            case "conversationId" -> BreachOrder.CONVERSATION;
            case "metric" -> BreachOrder.METRIC;
            case "policy" -> BreachOrder.POLICY;
            case "severity" -> BreachOrder.SEVERITY;
            case "breachedBy" -> BreachOrder.LATE_BY;
            default -> BreachOrder.DUE;
        };
    }

    /** The report's pages, read from the engine as the table pages. */
    private final class Breaches extends LazyDataModel<Row> {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if ((from != null && to != null && to.isBefore(from)) || (wantedValue() != null && fieldId == null)) {
                setRowCount(0);
                return List.of();
            }
            // The table's sort goes to the database: the report is paged.
            SortMeta sort =
                    sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
            BreachOrder order = order(sort == null ? null : sort.getField());
            boolean descending = sort != null && sort.getOrder().isDescending();
            Page<SlaBreach> found = reports.breaches(filter(), first / pageSize, pageSize, order, descending);
            setRowCount((int) found.total());
            return found.items().stream().map(SlaBreachReportBean.this::row).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }
    }

    public LazyDataModel<Row> getBreaches() {
        return breaches;
    }

    public List<Queue> getQueues() {
        return queues.list();
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

    /** The sentiment labels to filter by, shown as people read them (Negative, Neutral, Positive). */
    public SentimentLabel[] getSentiments() {
        return SentimentLabel.values();
    }

    public SentimentLabel getSentiment() {
        return sentiment;
    }

    public void setSentiment(SentimentLabel sentiment) {
        this.sentiment = sentiment;
    }

    public SlaMetric[] getMetrics() {
        return SlaMetric.values();
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public SlaMetric getMetric() {
        return metric;
    }

    public void setMetric(SlaMetric metric) {
        this.metric = metric;
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
}
