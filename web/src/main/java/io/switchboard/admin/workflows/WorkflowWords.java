package io.switchboard.admin.workflows;

import io.switchboard.admin.support.Labels;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Priority;
import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowTrigger;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Workflows in the words a supervisor reads: "Status changed to Solved", "Add tags: vip", "Ran". */
final class WorkflowWords {

    private WorkflowWords() {}

    static String trigger(WorkflowTrigger trigger) {
        if (trigger.type() == null) {
            return "";
        }
        String label = trigger.type().label();
        return trigger.toStatus() == null ? label : label + " to " + status(trigger.toStatus());
    }

    static String triggers(List<WorkflowTrigger> triggers) {
        return triggers.stream().map(WorkflowWords::trigger).collect(Collectors.joining(" or "));
    }

    static String action(WorkflowAction action) {
        if (action.type() == null) {
            return "";
        }
        String label = action.type().label();
        return switch (action.type()) {
            case ADD_TAGS, REMOVE_TAGS -> label + ": " + String.join(", ", action.tags());
            case SET_STATUS -> label + " to " + status(action.value());
            case SET_PRIORITY -> label + " to " + priority(action.value());
            default -> label;
        };
    }

    static String actions(List<WorkflowAction> actions) {
        return actions.stream().map(WorkflowWords::action).collect(Collectors.joining(", then "));
    }

    /** A stored trigger name as its label; an unknown one (a newer engine's) as words. */
    static String triggerName(String name) {
        try {
            return TriggerType.valueOf(name).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return words(name);
        }
    }

    static String actionName(String name) {
        try {
            return ActionType.valueOf(name).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return words(name);
        }
    }

    /** RAN, SKIPPED, STOPPED (a run) and DONE, SKIPPED, FAILED (an action) as words. */
    static String outcome(String outcome) {
        return words(outcome);
    }

    static String status(String name) {
        try {
            return Labels.words(ConversationStatus.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return words(name);
        }
    }

    static String priority(String name) {
        try {
            return Labels.words(Priority.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return words(name);
        }
    }

    private static String words(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
