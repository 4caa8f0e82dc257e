package io.switchboard.api.workflows;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.WorkflowAction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One action as the API writes it ({@code {"type":"ADD_TAGS","tags":["vip"]}}): {@code text} a message or email
 * content, {@code subject}, {@code tags} by name, {@code status} (SET_STATUS), {@code priority} (SET_PRIORITY),
 * {@code fromSenderId} and {@code recipients} for emails, {@code method}, {@code url}, {@code contentType},
 * {@code headers} and {@code body} for a call (a Slack message: {@code url} and {@code text}), {@code fields} form
 * values by field id. Also the answer's shape.
 */
public class ActionRequest {

    public String type;
    public String text;
    public String subject;
    public List<String> tags;
    public String status;
    public String priority;
    public Long fromSenderId;
    public List<String> recipients;
    public String method;
    public String url;
    public String contentType;
    public Map<String, String> headers;
    public String body;
    public Map<String, String> fields;

    WorkflowAction toAction(String field) {
        ActionType parsed;
        try {
            parsed = ActionType.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + ".type", "must be one of " + Arrays.toString(ActionType.values()));
        }
        String value = parsed == ActionType.SET_STATUS ? status : parsed == ActionType.SET_PRIORITY ? priority : null;
        if (status != null && parsed != ActionType.SET_STATUS) {
            throw new InvalidInputException(field + ".status", "applies to SET_STATUS only");
        }
        if (priority != null && parsed != ActionType.SET_PRIORITY) {
            throw new InvalidInputException(field + ".priority", "applies to SET_PRIORITY only");
        }
        if (parsed == ActionType.SET_STATUS && status == null) {
            throw new InvalidInputException(field + ".status", "is required");
        }
        if (parsed == ActionType.SET_PRIORITY && priority == null) {
            throw new InvalidInputException(field + ".priority", "is required");
        }
        if (body != null && parsed != ActionType.CALL_API) {
            throw new InvalidInputException(field + ".body", "applies to CALL_API only");
        }
        noEmptyEntries(field + ".headers", headers);
        noEmptyEntries(field + ".fields", fields);
        return new WorkflowAction(
                parsed,
                parsed == ActionType.CALL_API ? body : text,
                subject,
                tags,
                value,
                fromSenderId,
                recipients,
                method,
                url,
                contentType,
                headers,
                fields);
    }

    private static void noEmptyEntries(String field, Map<String, String> entries) {
        if (entries != null) {
            entries.forEach((name, value) -> {
                if (name == null || value == null) {
                    throw new InvalidInputException(field + "." + name, "needs a value (an empty text at least)");
                }
            });
        }
    }

    static ActionRequest of(WorkflowAction action) {
        ActionRequest view = new ActionRequest();
        view.type = action.type().name();
        boolean call = action.type() == ActionType.CALL_API;
        view.text = call ? null : action.text();
        view.body = call ? action.text() : null;
        view.subject = action.subject();
        view.tags = action.tags().isEmpty() ? null : action.tags();
        view.status = action.type() == ActionType.SET_STATUS ? action.value() : null;
        view.priority = action.type() == ActionType.SET_PRIORITY ? action.value() : null;
        view.fromSenderId = action.fromSenderId();
        view.recipients = action.recipients().isEmpty() ? null : action.recipients();
        view.method = action.method();
        view.url = action.url();
        view.contentType = action.contentType();
        view.headers = action.headers().isEmpty() ? null : action.headers();
        view.fields = action.fields().isEmpty() ? null : action.fields();
        return view;
    }
}
