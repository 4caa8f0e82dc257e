package io.switchboard.admin.workflows;

import io.switchboard.admin.support.Labels;
import io.switchboard.lifecycle.workflows.ActionOutcome;
import io.switchboard.lifecycle.workflows.WorkflowHistory;
import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

/** One recorded workflow run as the conversation view lists it: when, which workflow, why, and what each action did. */
public final class WorkflowRunRow implements Serializable {

    /** One action of the run: "Add tags: Done", "Send a message to the customer: Failed (why)". */
    public record ActionLine(String action, String outcome, String detail) implements Serializable {
        public String getText() {
            return action + ": " + outcome + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
        }
    }

    private final String when;
    private final String workflow;
    private final String trigger;
    private final String outcome;
    private final String reason;
    private final List<ActionLine> actions;

    private WorkflowRunRow(WorkflowHistory.RunView run, UnaryOperator<String> conditionWords) {
        when = Labels.time(run.ranAt());
        workflow = run.workflow();
        trigger = WorkflowWords.triggerName(run.trigger());
        outcome = WorkflowWords.outcome(run.outcome());
        reason = run.reason() == null ? null : conditionWords.apply(run.reason());
        actions = run.actions() == null
                ? List.of()
                : run.actions().stream().map(WorkflowRunRow::line).toList();
    }

    /** The runs, a skipped run's failed condition written by {@code conditionWords} as the condition editor does. */
    public static List<WorkflowRunRow> of(List<WorkflowHistory.RunView> runs, UnaryOperator<String> conditionWords) {
        return runs.stream().map(r -> new WorkflowRunRow(r, conditionWords)).toList();
    }

    private static ActionLine line(ActionOutcome outcome) {
        return new ActionLine(
                WorkflowWords.actionName(outcome.type()), WorkflowWords.outcome(outcome.outcome()), outcome.detail());
    }

    public String getWhen() {
        return when;
    }

    public String getWorkflow() {
        return workflow;
    }

    public String getTrigger() {
        return trigger;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public List<ActionLine> getActions() {
        return actions;
    }
}
