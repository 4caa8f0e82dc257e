package io.switchboard.workflows.logic;

import io.switchboard.channels.Channel;
import io.switchboard.conditions.Condition;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conversations.Priority;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowTrigger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a workflow definition keeps, checked before it is stored; each refusal names its field (for example
 * {@code actions[2].text}). The conditions' own grammar is checked by the shared condition language; this adds the
 * workflow's rule that one attribute is tested once.
 */
public final class WorkflowRules {

    public static final Duration SHORTEST_WAIT = Duration.ofSeconds(10);
    public static final Duration LONGEST_WAIT = Duration.ofDays(90);
    public static final int MAX_MESSAGE = 1000;
    public static final int MAX_SUBJECT = 250;
    public static final int MAX_EMAIL_CONTENT = 10_000;
    public static final int MAX_BODY = 10_000;
    public static final int MAX_TRIGGERS = 20;
    public static final int MAX_ACTIONS = 30;
    public static final int MAX_RECIPIENTS = 50;

    /** The statuses a status change can trigger on; Closed is final and runs nothing. */
    public static final Set<String> TRIGGER_STATUSES = Set.of("OPEN", "WAITING", "SOLVED");

    public static final Set<String> SCORES = Set.of("HAPPY", "NOT_HAPPY");
    public static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** An API call's content types and the header each sends. */
    public static final Map<String, String> CONTENT_TYPES = Map.of(
            "RAW", "text/plain",
            "JSON", "application/json",
            "TEXT", "text/plain",
            "XML", "application/xml",
            "URL_ENCODED", "application/x-www-form-urlencoded",
            "FORM_DATA", "multipart/form-data");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern FIELD_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private WorkflowRules() {}

    public static void check(String name, List<WorkflowTrigger> triggers, List<WorkflowAction> actions) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        checkTriggers(triggers);
        checkActions(actions, triggers.stream().map(WorkflowTrigger::type).toList());
    }

    static void checkTriggers(List<WorkflowTrigger> triggers) {
        if (triggers == null || triggers.isEmpty()) {
            throw new InvalidInputException("triggers", "needs at least one trigger");
        }
        if (triggers.size() > MAX_TRIGGERS) {
            throw new InvalidInputException(
                    "triggers", "has " + triggers.size() + " triggers; at most " + MAX_TRIGGERS);
        }
        Set<WorkflowTrigger> seen = new HashSet<>();
        for (int i = 0; i < triggers.size(); i++) {
            WorkflowTrigger trigger = triggers.get(i);
            String field = "triggers[" + i + "]";
            if (trigger == null || trigger.type() == null) {
                throw new InvalidInputException(field + ".type", "is required");
            }
            TriggerType type = trigger.type();
            if (type.timeBased()) {
                if (trigger.after() == null) {
                    throw new InvalidInputException(field + ".after", "is required for '" + type.label() + "'");
                }
                if (trigger.after().compareTo(SHORTEST_WAIT) < 0
                        || trigger.after().compareTo(LONGEST_WAIT) > 0) {
                    throw new InvalidInputException(field + ".after", "must be from 10 seconds to 90 days");
                }
            } else if (trigger.after() != null) {
                throw new InvalidInputException(
                        field + ".after", "applies to time-based triggers only, not to '" + type.label() + "'");
            }
            checkOnlyFor(field + ".to", trigger.toStatus(), type == TriggerType.STATUS_CHANGED, type);
            if (type == TriggerType.STATUS_CHANGED
                    && (trigger.toStatus() == null || !TRIGGER_STATUSES.contains(trigger.toStatus()))) {
                throw new InvalidInputException(field + ".to", "must be OPEN, WAITING or SOLVED");
            }
            checkOnlyFor(field + ".from", trigger.fromChannel(), type == TriggerType.CHANNEL_CHANGED, type);
            checkOnlyFor(field + ".to", trigger.toChannel(), type == TriggerType.CHANNEL_CHANGED, type);
            checkChannel(field + ".from", trigger.fromChannel());
            checkChannel(field + ".to", trigger.toChannel());
            if (type == TriggerType.SURVEY_FEEDBACK_RECEIVED) {
                if (trigger.scores().isEmpty() || !SCORES.containsAll(trigger.scores())) {
                    throw new InvalidInputException(field + ".scores", "must be HAPPY, NOT_HAPPY or both");
                }
            } else if (!trigger.scores().isEmpty()) {
                throw new InvalidInputException(
                        field + ".scores", "applies to 'Survey answer received' only, not to '" + type.label() + "'");
            }
            if (!seen.add(trigger)) {
                throw new InvalidInputException(field, "repeats an earlier trigger");
            }
        }
    }

    private static void checkOnlyFor(String field, String value, boolean allowed, TriggerType type) {
        if (value != null && !allowed) {
            throw new InvalidInputException(field, "does not apply to '" + type.label() + "'");
        }
    }

    private static void checkChannel(String field, String channel) {
        if (channel == null) {
            return;
        }
        try {
            Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not a channel: " + channel);
        }
    }

    static void checkActions(List<WorkflowAction> actions, List<TriggerType> triggers) {
        if (actions == null || actions.isEmpty()) {
            throw new InvalidInputException("actions", "needs at least one action");
        }
        if (actions.size() > MAX_ACTIONS) {
            throw new InvalidInputException("actions", "has " + actions.size() + " actions; at most " + MAX_ACTIONS);
        }
        for (int i = 0; i < actions.size(); i++) {
            WorkflowAction action = actions.get(i);
            String field = "actions[" + i + "]";
            if (action == null || action.type() == null) {
                throw new InvalidInputException(field + ".type", "is required");
            }
            if (action.type() == ActionType.CLOSE && i != actions.size() - 1) {
                throw new InvalidInputException(
                        field, "'Close the conversation' must be the last action: nothing can follow it");
            }
            checkAction(field, action, triggers);
        }
    }

    private static void checkAction(String field, WorkflowAction action, List<TriggerType> triggers) {
        switch (action.type()) {
            case SEND_MESSAGE -> text(field + ".text", action.text(), MAX_MESSAGE, triggers);
            case ADD_TAGS, REMOVE_TAGS -> {
                if (action.tags().isEmpty()) {
                    throw new InvalidInputException(field + ".tags", "needs at least one tag");
                }
                for (int t = 0; t < action.tags().size(); t++) {
                    if (action.tags().get(t) == null || action.tags().get(t).isBlank()) {
                        throw new InvalidInputException(field + ".tags[" + t + "]", "must not be empty");
                    }
                }
            }
            case EMAIL_CUSTOMER -> {
                text(field + ".subject", action.subject(), MAX_SUBJECT, triggers);
                text(field + ".text", action.text(), MAX_EMAIL_CONTENT, triggers);
            }
            case EMAIL_RECIPIENT -> {
                sender(field, action);
                recipients(field, action.recipients());
                text(field + ".subject", action.subject(), MAX_SUBJECT, triggers);
                text(field + ".text", action.text(), MAX_EMAIL_CONTENT, triggers);
            }
            case EMAIL_TRANSCRIPT -> {
                sender(field, action);
                text(field + ".subject", action.subject(), MAX_SUBJECT, triggers);
            }
            case NOTIFY_BY_EMAIL -> {
                sender(field, action);
                recipients(field, action.recipients());
                text(field + ".subject", action.subject(), MAX_SUBJECT, triggers);
                if (action.text() != null) {
                    text(field + ".text", action.text(), MAX_EMAIL_CONTENT, triggers);
                }
            }
            case SLACK_MESSAGE -> {
                url(field + ".url", action.url());
                if (!Placeholders.used(action.url()).isEmpty()) {
                    throw new InvalidInputException(field + ".url", "is the Slack webhook's address, as Slack gave it");
                }
                text(field + ".text", action.text(), ApiCalls.MAX_SLACK_TEXT, triggers);
            }
            case SET_STATUS -> {
                if (!"SOLVED".equals(action.value())) {
                    throw new InvalidInputException(
                            field + ".status", "must be SOLVED: a workflow can set Solved only");
                }
            }
            case SET_PRIORITY -> {
                if (action.value() == null || !action.value().matches(Priority.NAMES)) {
                    throw new InvalidInputException(field + ".priority", "must be LOW, NORMAL, HIGH or URGENT");
                }
            }
            case UNASSIGN, EMAIL_SURVEY, CLOSE -> {}
            case CALL_API -> call(field, action, triggers);
            case POPULATE_FORM_FIELDS -> {
                if (action.fields().isEmpty()) {
                    throw new InvalidInputException(field + ".fields", "needs at least one form field");
                }
                for (Map.Entry<String, String> value : action.fields().entrySet()) {
                    if (!FIELD_ID.matcher(value.getKey()).matches()) {
                        throw new InvalidInputException(
                                field + ".fields." + value.getKey(), "must be a form field's id");
                    }
                    Placeholders.check(field + ".fields." + value.getKey(), value.getValue(), triggers);
                }
            }
        }
    }

    private static void text(String field, String text, int limit, List<TriggerType> triggers) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (text.codePointCount(0, text.length()) > limit) {
            throw new InvalidInputException(field, "must have at most " + limit + " characters");
        }
        Placeholders.check(field, text, triggers);
    }

    private static void sender(String field, WorkflowAction action) {
        if (action.fromSenderId() == null) {
            throw new InvalidInputException(field + ".fromSenderId", "is required: a no-reply email sender");
        }
    }

    private static void recipients(String field, List<String> recipients) {
        if (recipients.isEmpty()) {
            throw new InvalidInputException(field + ".recipients", "needs at least one email address");
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            throw new InvalidInputException(field + ".recipients", "has more than " + MAX_RECIPIENTS + " addresses");
        }
        for (int r = 0; r < recipients.size(); r++) {
            String address = recipients.get(r);
            if (address == null || !EMAIL.matcher(address).matches()) {
                throw new InvalidInputException(field + ".recipients[" + r + "]", "is not an email address");
            }
        }
    }

    private static void call(String field, WorkflowAction action, List<TriggerType> triggers) {
        String method = action.method() == null ? null : action.method().toUpperCase(Locale.ROOT);
        if (method == null || !METHODS.contains(method) || !method.equals(action.method())) {
            throw new InvalidInputException(field + ".method", "must be GET, POST, PUT, PATCH or DELETE");
        }
        url(field + ".url", action.url());
        Placeholders.check(field + ".url", action.url(), triggers);
        if (action.contentType() != null && !CONTENT_TYPES.containsKey(action.contentType())) {
            throw new InvalidInputException(
                    field + ".contentType", "must be RAW, JSON, TEXT, XML, URL_ENCODED or FORM_DATA");
        }
        if (action.text() != null) {
            if (method.equals("GET") || method.equals("DELETE")) {
                throw new InvalidInputException(field + ".body", "a " + method + " request carries no body");
            }
            if (action.contentType() == null) {
                throw new InvalidInputException(field + ".contentType", "is required when the call has a body");
            }
            if (action.text().length() > MAX_BODY) {
                throw new InvalidInputException(field + ".body", "must have at most " + MAX_BODY + " characters");
            }
            Placeholders.check(field + ".body", action.text(), triggers);
            int badLine = action.contentType().equals("FORM_DATA") ? ApiCalls.badFormDataLine(action.text()) : 0;
            if (badLine > 0) {
                throw new InvalidInputException(
                        field + ".body", "line " + badLine + " must read name=value: form data is one field a line");
            }
        }
        for (Map.Entry<String, String> header : action.headers().entrySet()) {
            if (!HEADER_NAME.matcher(header.getKey()).matches()) {
                throw new InvalidInputException(field + ".headers", "'" + header.getKey() + "' is not a header name");
            }
            String value = header.getValue();
            if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new InvalidInputException(field + ".headers." + header.getKey(), "must be one line of text");
            }
            Placeholders.check(field + ".headers." + header.getKey(), value, triggers);
        }
    }

    // Placeholders may stand in the path or query, never in the scheme or host (where a call goes is fixed).
    private static void url(String field, String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        int schemeEnd = url.indexOf("://");
        String authority = schemeEnd < 0 ? "" : url.substring(schemeEnd + 3).split("[/?#]", 2)[0];
        if (schemeEnd >= 0 && (url.substring(0, schemeEnd).contains("{{") || authority.contains("{{"))) {
            throw new InvalidInputException(field, "may use placeholders in its path and query only");
        }
        try {
            URI uri = new URI(Placeholders.render(url, Map.of()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException(field, "must be an http or https address with a host");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "is not a valid address");
        }
    }

    /**
     * The workflow's rule on conditions (guide): one attribute is tested once in a workflow's conditions, wherever
     * it appears in the tree.
     */
    public static void attributesOnce(ConditionGroup root, String rootField) {
        if (root == null) {
            return;
        }
        attributesOnce(root, rootField, new HashMap<>());
    }

    private static void attributesOnce(ConditionGroup group, String path, Map<String, String> seen) {
        List<Condition> conditions = group.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            String attribute = conditions.get(i).attribute();
            String field = path + ".conditions[" + i + "].attribute";
            if (attribute != null && seen.putIfAbsent(attribute, field) != null) {
                throw new InvalidInputException(
                        field, "tests " + attribute + " again: a workflow tests each attribute once");
            }
        }
        for (int g = 0; g < group.groups().size(); g++) {
            attributesOnce(group.groups().get(g), path + ".groups[" + g + "]", seen);
        }
    }
}
