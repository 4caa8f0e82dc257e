package io.switchboard.admin.workflows;

import io.switchboard.admin.support.Labels;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Priority;
import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowTrigger;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Workflows in the words a supervisor reads: "Status changed to Solved", "Add tags: vip", "Ran". */
final class WorkflowWords {

    /** An API call's content types as the editor offers them. */
    static final Map<String, String> CONTENT_TYPES = contentTypes();

    private WorkflowWords() {}

    private static Map<String, String> contentTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("RAW", "Raw");
        types.put("JSON", "JSON");
        types.put("TEXT", "Plain text");
        types.put("XML", "XML");
        types.put("URL_ENCODED", "URL-encoded form");
        types.put("FORM_DATA", "Form data (one name=value a line)");
        return java.util.Collections.unmodifiableMap(types);
    }

    static String trigger(WorkflowTrigger trigger) {
        if (trigger.type() == null) {
            return "";
        }
        String label = trigger.type().label();
        if (trigger.after() != null) {
            return label + " " + wait(trigger.after());
        }
        if (trigger.type() == TriggerType.CHANNEL_CHANGED) {
            return label + " from " + channel(trigger.fromChannel()) + " to " + channel(trigger.toChannel());
        }
        if (!trigger.scores().isEmpty()) {
            return label + ": "
                    + String.join(
                            " or ",
                            trigger.scores().stream()
                                    .sorted()
                                    .map(score -> "HAPPY".equals(score) ? "Happy" : "Not happy")
                                    .toList());
        }
        return trigger.toStatus() == null ? label : label + " to " + status(trigger.toStatus());
    }

    private static String channel(String name) {
        return name == null
                ? "any channel"
                : io.switchboard.admin.support.Labels.channel(io.switchboard.channels.Channel.valueOf(name));
    }

    /** The units a time-based trigger's wait is written in, smallest first. */
    static final List<ChronoUnit> WAIT_UNITS =
            List.of(ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS);

    /** A wait as the editor shows it: the largest unit that counts it exactly, and how many of that unit. */
    static Map.Entry<Long, ChronoUnit> amount(Duration wait) {
        for (int i = WAIT_UNITS.size() - 1; i > 0; i--) {
            long unit = WAIT_UNITS.get(i).getDuration().getSeconds();
            if (wait.getSeconds() % unit == 0 && wait.getNano() == 0) {
                return Map.entry(wait.getSeconds() / unit, WAIT_UNITS.get(i));
            }
        }
        return Map.entry(wait.getSeconds(), ChronoUnit.SECONDS);
    }

    /** "2 hours", "1 day", "90 seconds". */
    static String wait(Duration wait) {
        Map.Entry<Long, ChronoUnit> amount = amount(wait);
        return amount.getKey() + " " + unit(amount.getValue(), amount.getKey());
    }

    /** A unit in words: "day" for one, "days" for more. */
    static String unit(ChronoUnit unit, long amount) {
        String plural = unit.name().toLowerCase(Locale.ROOT);
        return amount == 1 ? plural.substring(0, plural.length() - 1) : plural;
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
            case CALL_API -> label + ": " + action.method() + " " + action.url();
            case POPULATE_FORM_FIELDS -> label + " (" + action.fields().size() + ")";
            case EMAIL_RECIPIENT, NOTIFY_BY_EMAIL -> label + " to " + String.join(", ", action.recipients());
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
