package io.switchboard.admin.sla;

import io.switchboard.admin.support.ConditionChoices;
import io.switchboard.admin.support.ConditionEditor;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.RefusalReporter.FieldLabels;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.sla.QueueScope;
import io.switchboard.sla.Severity;
import io.switchboard.sla.SlaPolicy;
import io.switchboard.sla.SlaPolicyDefinition;
import io.switchboard.sla.SlaPolicyService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SLA screen's policy editor: conditions in routing's editor, validity, queue scope, severities. Times are shown
 * and entered in UTC.
 */
@Named
@ViewScoped
public class SlaPolicyEditorBean implements Serializable, FieldLabels {

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

    /** A severity's field as the service names it: severities[1].firstResponseMinutes. */
    private static final Pattern SEVERITY_FIELD = Pattern.compile("severities\\[(\\d+)](\\.(\\w+))?");

    @EJB
    transient SlaPolicyService policies;

    @Inject
    ConditionChoices choices;

    @Inject
    SlaPoliciesBean list;

    private Long editing;
    private boolean editorOpen;
    private String name;
    private boolean enabled = true;
    private LocalDateTime validFrom;
    private LocalDateTime validTo;
    private ConditionEditor editor;
    private String queueScope = QueueScope.ALL.name();
    // As text, like the queue options' values: a Long would never equal its option, so the menu would show the policy's
    // queues unticked and saving would drop them.
    private List<String> queueIds = new ArrayList<>();
    private boolean excludeAutomated;
    private List<SeverityRow> severities = new ArrayList<>();
    private int defaultSeverity;

    public void startNew() {
        editing = null;
        name = "SLA policy #" + (list.getRows().size() + 1);
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
        org.primefaces.PrimeFaces.current().executeScript("PF('policyEditor').show()");
    }

    @ReportsRefusals
    public void edit(SlaPoliciesBean.PolicyRow row) {
        try {
            SlaPolicy policy = policies.find(row.getId());
            ConditionEditor loaded = newEditor();
            loaded.load(policy.getConditions(), "policy");
            editing = policy.getId();
            name = policy.getName();
            enabled = policy.isEnabled();
            validFrom = local(policy.getValidFrom());
            validTo = local(policy.getValidTo());
            editor = loaded;
            queueScope = policy.getQueueScope().name();
            queueIds =
                    policy.getQueueIds().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
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
            org.primefaces.PrimeFaces.current().executeScript("PF('policyEditor').show()");
        } catch (RuntimeException e) {
            // The policy may be gone: show the list as it is now (the refusal is reported all the same).
            list.load();
            throw e;
        }
    }

    private ConditionEditor newEditor() {
        return choices.newEditor();
    }

    public void cancel() {
        editorOpen = false;
        org.primefaces.PrimeFaces.current().executeScript("PF('policyEditor').hide()");
    }

    /** Closes the editor when it holds the policy just deleted. */
    public void closeIfEditing(long id) {
        if (editing != null && editing == id) {
            editorOpen = false;
        }
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

    @ReportsRefusals
    public void save() {
        List<SlaPolicyDefinition.SeverityDefinition> levels = new ArrayList<>();
        for (int i = 0; i < severities.size(); i++) {
            SeverityRow r = severities.get(i);
            if (r.name == null || r.name.isBlank()) {
                throw new InvalidInputException("severities[" + i + "].name", "must not be blank");
            }
            levels.add(new SlaPolicyDefinition.SeverityDefinition(
                    r.name.trim(),
                    i == defaultSeverity,
                    r.firstResponseMinutes,
                    r.nextReplyMinutes,
                    r.resolutionMinutes,
                    r.workingHoursOnly));
        }
        SlaPolicyDefinition definition = new SlaPolicyDefinition(
                name,
                enabled,
                instant(validFrom),
                instant(validTo),
                null,
                QueueScope.valueOf(queueScope),
                queueIds.stream().map(Long::valueOf).collect(Collectors.toSet()),
                excludeAutomated,
                levels);
        SlaPolicy saved = editing == null
                ? policies.create(definition, editor.tree())
                : policies.update(editing, definition, editor.tree());
        Messages.inform("SLA policy " + UserText.quoted(saved.getName()) + " saved");
        editorOpen = false;
        org.primefaces.PrimeFaces.current().executeScript("PF('policyEditor').hide()");
        list.load();
    }

    /** A refused field as the editor shows it (a severity by its number and name). */
    @Override
    public String label(String field) {
        Matcher severity = SEVERITY_FIELD.matcher(field);
        if (severity.matches()) {
            int index = Integer.parseInt(severity.group(1));
            String label = index < severities.size() && severities.get(index).name != null
                    ? "'" + severities.get(index).name + "'"
                    : "#" + (index + 1);
            return "Severity " + label + (severity.group(3) == null ? "" : " " + severity.group(3));
        }
        return io.switchboard.admin.support.RefusalWording.place(field);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.toInstant(ZoneOffset.UTC);
    }

    // ---- Getters and setters for the page

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

    public List<String> getQueueIds() {
        return queueIds;
    }

    public void setQueueIds(List<String> queueIds) {
        this.queueIds = queueIds == null ? new ArrayList<>() : queueIds;
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
