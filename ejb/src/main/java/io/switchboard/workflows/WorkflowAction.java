package io.switchboard.workflows;

import java.util.List;
import java.util.Map;

/**
 * One action of a workflow as written; each type reads the fields it needs ({@code WorkflowRules} says which):
 * {@code text} a message, email content or request body; {@code subject} an email's subject; {@code tags} tag names;
 * {@code value} the status or priority to set; {@code fromSenderId} the no-reply email sender; {@code recipients}
 * email addresses or Slack channels; {@code url}, {@code method}, {@code contentType} and {@code headers} a call;
 * {@code fields} form field values by field id.
 */
public record WorkflowAction(
        ActionType type,
        String text,
        String subject,
        List<String> tags,
        String value,
        Long fromSenderId,
        List<String> recipients,
        String method,
        String url,
        String contentType,
        Map<String, String> headers,
        Map<String, String> fields) {

    public WorkflowAction {
        tags = tags == null ? List.of() : List.copyOf(tags);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static WorkflowAction of(ActionType type) {
        return new WorkflowAction(type, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static WorkflowAction sendMessage(String text) {
        return new WorkflowAction(
                ActionType.SEND_MESSAGE, text, null, null, null, null, null, null, null, null, null, null);
    }

    public static WorkflowAction tags(ActionType type, String... tags) {
        return new WorkflowAction(type, null, null, List.of(tags), null, null, null, null, null, null, null, null);
    }

    public static WorkflowAction set(ActionType type, String value) {
        return new WorkflowAction(type, null, null, null, value, null, null, null, null, null, null, null);
    }

    public WorkflowAction withText(String newText) {
        return new WorkflowAction(
                type,
                newText,
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

    public WorkflowAction withSubject(String newSubject) {
        return new WorkflowAction(
                type,
                text,
                newSubject,
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

    public WorkflowAction withEmail(Long sender, List<String> to) {
        return new WorkflowAction(
                type, text, subject, tags, value, sender, to, method, url, contentType, headers, fields);
    }

    public WorkflowAction withCall(String callMethod, String callUrl, String callContentType, Map<String, String> h) {
        return new WorkflowAction(
                type,
                text,
                subject,
                tags,
                value,
                fromSenderId,
                recipients,
                callMethod,
                callUrl,
                callContentType,
                h,
                fields);
    }

    public WorkflowAction withFields(Map<String, String> values) {
        return new WorkflowAction(
                type, text, subject, tags, value, fromSenderId, recipients, method, url, contentType, headers, values);
    }
}
