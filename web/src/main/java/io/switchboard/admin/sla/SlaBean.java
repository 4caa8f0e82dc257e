package io.switchboard.admin.sla;

import io.switchboard.admin.support.ConditionEditor;
import io.switchboard.admin.support.ConditionEditor.Option;
import io.switchboard.admin.support.Messages;
import io.switchboard.channels.SenderService;
import io.switchboard.platform.DomainException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.routing.RouteConditions;
import io.switchboard.routing.RouteService;
import io.switchboard.sla.QueueScope;
import io.switchboard.sla.Severity;
import io.switchboard.sla.SlaPolicy;
import io.switchboard.sla.SlaPolicyDefinition;
import io.switchboard.sla.SlaPolicyService;
import io.switchboard.sla.SlaReevaluation;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

/**
 * The SLA screen: policies in list order (the top one the most important) with Edit, Delete, Send to top and Send to
 * position per row, a policy editor (conditions in routing's editor, queue scope, severities), and the progress of the
 * latest re-evaluation of open conversations, which every change starts. Times are shown and entered in UTC.
 */
@Named
@ViewScoped
public class SlaBean implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** A policy as the list shows it. */
    public static final class PolicyRow implements Serializable {
        private final long id;
        private final int position;
        private final String name;
        private final boolean enabled;
        private final String validity;
        private final String queues;
        private final String severities;

        PolicyRow(SlaPolicy policy, Map<Long, String> queueNames) {
            id = policy.getId();
            position = policy.getListOrder() + 1;
            name = policy.getName();
            enabled = policy.isEnabled();
            validity = policy.getValidFrom() == null && policy.getValidTo() == null ? "Always"
                    : (policy.getValidFrom() == null ? "…" : WHEN.format(policy.getValidFrom())) + " – "
                    + (policy.getValidTo() == null ? "…" : WHEN.format(policy.getValidTo()));
            String listed = policy.getQueueIds().stream().map(q -> queueNames.getOrDefault(q, "#" + q)).sorted()
                    .collect(Collectors.joining(", "));
            queues = switch (policy.getQueueScope()) {
                case ALL -> "All queues";
                case ONLY -> "Only " + listed;
                case EXCEPT -> "All except " + listed;
            };
            severities = policy.getSeverities().stream().map(SlaBean::summary).collect(Collectors.joining("; "));
        }

        public long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public String getName() {
            return name;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public String getValidity() {
            return validity;
        }

        public String getQueues() {
            return queues;
        }

        public String getSeverities() {
            return severities;
        }
    }

    /** One severity as the editor holds it; times in minutes, blank when not promised. */
    public static final class SeverityRow implements Serializable {
        private String name;
        private Integer firstResponseMinutes;
        private Integer nextReplyMinutes;
        private Integer resolutionMinutes;
        private boolean workingHoursOnly;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getFirstResponseMinutes() {
            return firstResponseMinutes;
        }

        public void setFirstResponseMinutes(Integer firstResponseMinutes) {
            this.firstResponseMinutes = firstResponseMinutes;
        }

        public Integer getNextReplyMinutes() {
            return nextReplyMinutes;
        }

        public void setNextReplyMinutes(Integer nextReplyMinutes) {
            this.nextReplyMinutes = nextReplyMinutes;
        }

        public Integer getResolutionMinutes() {
            return resolutionMinutes;
        }

        public void setResolutionMinutes(Integer resolutionMinutes) {
            this.resolutionMinutes = resolutionMinutes;
        }

        /** "WORKING_HOURS" or "ALWAYS", for the select menu. */
        public String getCounting() {
            return workingHoursOnly ? "WORKING_HOURS" : "ALWAYS";
        }

        public void setCounting(String counting) {
            this.workingHoursOnly = "WORKING_HOURS".equals(counting);
        }
    }

    /** The latest re-evaluation run, as the page shows it. */
    public static final class ProgressView implements Serializable {
        private final String status;
        private final long reevaluated;
        private final String startedAt;
        private final String endedAt;
        private final boolean running;

        ProgressView(SlaReevaluation.Progress progress) {
            status = progress.status().name();
            reevaluated = progress.reevaluated();
            startedAt = progress.startedAt() == null ? "" : WHEN_SECONDS.format(progress.startedAt());
            endedAt = progress.endedAt() == null ? "" : WHEN_SECONDS.format(progress.endedAt());
            running = progress.status() == BatchStatus.STARTING || progress.status() == BatchStatus.STARTED
                    || progress.status() == BatchStatus.STOPPING;
        }

        public String getStatus() {
            return status;
        }

        public long getReevaluated() {
            return reevaluated;
        }

        public String getStartedAt() {
            return startedAt;
        }

        public String getEndedAt() {
            return endedAt;
        }

        public boolean isRunning() {
            return running;
        }
    }

    /** A severity's field as the service names it: severities[1].firstResponseMinutes. */
    private static final Pattern SEVERITY_FIELD = Pattern.compile("severities\\[(\\d+)](\\.(\\w+))?");

    private static final DateTimeFormatter WHEN_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @EJB
    transient SlaPolicyService policies;

    @EJB
    transient RouteService routes;

    @EJB
    transient QueueService queues;

    @EJB
    transient SenderService senders;

    @EJB
    transient TagService tags;

    @Inject
    transient SlaReevaluation reevaluation;

    private List<PolicyRow> rows;
    private List<Option> queueOptions;
    private List<Option> senderOptions;
    private List<Option> tagOptions;
    private ProgressView progress;

    // Send to position
    private PolicyRow moving;
    private Integer position;

    // The editor
    private Long editing;
    private boolean editorOpen;
    private String name;
    private boolean enabled = true;
    private LocalDateTime validFrom;
    private LocalDateTime validTo;
    private ConditionEditor editor;
    private String queueScope = QueueScope.ALL.name();
    private List<Long> queueIds = new ArrayList<>();
    private boolean excludeAutomated;
    private List<SeverityRow> severities = new ArrayList<>();
    private int defaultSeverity;

    @PostConstruct
    void load() {
        List<Queue> all = queues.list();
        Map<Long, String> queueNames = all.stream().collect(Collectors.toMap(Queue::getId, Queue::getName));
        rows = policies.list().stream().map(p -> new PolicyRow(p, queueNames)).toList();
        queueOptions = all.stream().map(q -> new Option(q.getName(), String.valueOf(q.getId()))).toList();
        senderOptions = senders.list().stream().map(s -> new Option(s.getChannel() + " " + s.getAddress()
                + (s.getName() == null ? "" : " (" + s.getName() + ")"), String.valueOf(s.getId()))).toList();
        tagOptions = tags.list().stream().map(Tag::getName).map(t -> new Option(t, t)).toList();
        refreshProgress();
    }

    static String summary(Severity severity) {
        List<String> times = new ArrayList<>();
        if (severity.getFirstResponseMinutes() != null) {
            times.add("first response " + severity.getFirstResponseMinutes() + " min");
        }
        if (severity.getNextReplyMinutes() != null) {
            times.add("next reply " + severity.getNextReplyMinutes() + " min");
        }
        if (severity.getResolutionMinutes() != null) {
            times.add("resolution " + severity.getResolutionMinutes() + " min");
        }
        return severity.getName() + (severity.isDefaultSeverity() ? " (default)" : "") + ": "
                + String.join(", ", times) + (severity.isWorkingHoursOnly() ? ", working hours only" : "");
    }

    /** Reads how the latest re-evaluation run goes (the poll calls it while one runs). */
    public void refreshProgress() {
        SlaReevaluation.Progress latest = reevaluation.latest();
        progress = latest == null ? null : new ProgressView(latest);
    }

    // ---- The list's actions

    public void sendToTop(PolicyRow row) {
        move(row, 1);
    }

    /** Opens the "Send to position" dialog for a row. */
    public void chooseMove(PolicyRow row) {
        moving = row;
        position = row.getPosition();
    }

    public void sendToPosition() {
        if (moving != null) {
            move(moving, position == null ? 0 : position);
        }
    }

    private void move(PolicyRow row, int to) {
        try {
            policies.move(row.getId(), to);
            Messages.inform("SLA policy '" + row.getName() + "' moved to position " + Math.min(to, rows.size()));
        } catch (DomainException e) {
            Messages.fail(e);
        }
        load();
    }

    public void delete(PolicyRow row) {
        try {
            policies.delete(row.getId());
            Messages.inform("SLA policy '" + row.getName() + "' deleted");
            if (editing != null && editing == row.getId()) {
                editorOpen = false;
            }
        } catch (DomainException e) {
            Messages.fail(e);
        }
        load();
    }

    // ---- The editor

    public void startNew() {
        editing = null;
        name = "SLA policy #" + (rows.size() + 1);
        enabled = true;
        validFrom = null;
        validTo = null;
        editor = newEditor();
        queueScope = QueueScope.ALL.name();
        queueIds = new ArrayList<>();
        excludeAutomated = false;
        SeverityRow standard = new SeverityRow();
        standard.name = "Default";
        severities = new ArrayList<>(List.of(standard));
        defaultSeverity = 0;
        editorOpen = true;
    }

    public void edit(PolicyRow row) {
        try {
            SlaPolicy policy = policies.find(row.getId());
            ConditionEditor loaded = newEditor();
            loaded.load(RouteConditions.fromJson(policy.getConditions()), "policy");
            editing = policy.getId();
            name = policy.getName();
            enabled = policy.isEnabled();
            validFrom = local(policy.getValidFrom());
            validTo = local(policy.getValidTo());
            editor = loaded;
            queueScope = policy.getQueueScope().name();
            queueIds = new ArrayList<>(policy.getQueueIds());
            excludeAutomated = policy.isExcludeAutomated();
            severities = new ArrayList<>();
            for (Severity severity : policy.getSeverities()) {
                SeverityRow r = new SeverityRow();
                r.name = severity.getName();
                r.firstResponseMinutes = severity.getFirstResponseMinutes();
                r.nextReplyMinutes = severity.getNextReplyMinutes();
                r.resolutionMinutes = severity.getResolutionMinutes();
                r.workingHoursOnly = severity.isWorkingHoursOnly();
                if (severity.isDefaultSeverity()) {
                    defaultSeverity = severities.size();
                }
                severities.add(r);
            }
            editorOpen = true;
        } catch (DomainException e) {
            Messages.fail(e);
            load();
        }
    }

    private ConditionEditor newEditor() {
        return new ConditionEditor(routes.catalogue(), queueOptions, senderOptions, tagOptions);
    }

    public void cancel() {
        editorOpen = false;
    }

    public void addSeverity() {
        SeverityRow row = new SeverityRow();
        row.name = "Severity " + severities.size();
        severities.add(row);
    }

    public void removeSeverity(SeverityRow row) {
        int index = severities.indexOf(row);
        if (index < 0 || severities.size() == 1) {
            return;
        }
        severities.remove(index);
        if (defaultSeverity == index) {
            defaultSeverity = 0;
        } else if (defaultSeverity > index) {
            defaultSeverity--;
        }
    }

    public void save() {
        try {
            List<SlaPolicyDefinition.SeverityDefinition> levels = new ArrayList<>();
            for (int i = 0; i < severities.size(); i++) {
                SeverityRow r = severities.get(i);
                if (r.name == null || r.name.isBlank()) {
                    throw new InvalidInputException("severities[" + i + "].name", "must not be blank");
                }
                levels.add(new SlaPolicyDefinition.SeverityDefinition(r.name.trim(), i == defaultSeverity,
                        r.firstResponseMinutes, r.nextReplyMinutes, r.resolutionMinutes, r.workingHoursOnly));
            }
            SlaPolicyDefinition definition = new SlaPolicyDefinition(name, enabled, instant(validFrom),
                    instant(validTo), null, QueueScope.valueOf(queueScope), new HashSet<>(queueIds), excludeAutomated,
                    levels);
            SlaPolicy saved = editing == null ? policies.create(definition, editor.tree())
                    : policies.update(editing, definition, editor.tree());
            Messages.inform("SLA policy '" + saved.getName() + "' saved");
            editorOpen = false;
            load();
        } catch (InvalidInputException e) {
            Messages.failText(refusal(e));
        } catch (DomainException e) {
            Messages.fail(e);
        }
    }

    /** A refusal naming the field as the editor shows it (a severity by its number and name). */
    private String refusal(InvalidInputException e) {
        String field = e.getField();
        Matcher severity = SEVERITY_FIELD.matcher(field);
        if (severity.matches()) {
            int index = Integer.parseInt(severity.group(1));
            String label = index < severities.size() && severities.get(index).name != null
                    ? "'" + severities.get(index).name + "'" : "#" + (index + 1);
            field = "Severity " + label + (severity.group(3) == null ? "" : " " + severity.group(3));
        }
        return field + ": " + e.getReason();
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.toInstant(ZoneOffset.UTC);
    }

    // ---- Getters and setters for the page

    public List<PolicyRow> getRows() {
        return rows;
    }

    public ProgressView getProgress() {
        return progress;
    }

    public boolean isReevaluating() {
        return progress != null && progress.isRunning();
    }

    public PolicyRow getMoving() {
        return moving;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
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

    public LocalDateTime getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDateTime validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDateTime getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDateTime validTo) {
        this.validTo = validTo;
    }

    public ConditionEditor getEditor() {
        return editor;
    }

    public String getQueueScope() {
        return queueScope;
    }

    public void setQueueScope(String queueScope) {
        this.queueScope = queueScope;
    }

    public List<Long> getQueueIds() {
        return queueIds;
    }

    public void setQueueIds(List<Long> queueIds) {
        this.queueIds = queueIds == null ? new ArrayList<>() : queueIds;
    }

    public List<Option> getQueueOptions() {
        return queueOptions;
    }

    public boolean isExcludeAutomated() {
        return excludeAutomated;
    }

    public void setExcludeAutomated(boolean excludeAutomated) {
        this.excludeAutomated = excludeAutomated;
    }

    public List<SeverityRow> getSeverities() {
        return severities;
    }

    public int getDefaultSeverity() {
        return defaultSeverity;
    }

    public void setDefaultSeverity(int defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    /** The severities' row numbers, the default radio's items. */
    public List<Integer> getSeverityIndexes() {
        return IntStream.range(0, severities.size()).boxed().toList();
    }
}
