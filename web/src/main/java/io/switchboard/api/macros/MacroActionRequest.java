package io.switchboard.api.macros;

import io.switchboard.macros.MacroAction;
import java.util.List;
import java.util.Map;

/**
 * One action as the API writes it ({@code {"type":"SET_PRIORITY","priority":"HIGH"}}): {@code status} (SET_STATUS),
 * {@code priority} (SET_PRIORITY), {@code formId} (SET_FORM), {@code values} by field id (SET_FORM_FIELDS),
 * {@code templates} by channel (TEMPLATE), {@code tags} by name (ADD_TAGS), {@code agentId} (ASSIGN_AGENT),
 * {@code queueId} (SET_QUEUE), {@code topic} (SET_TOPIC), {@code channel} and {@code senderId} (FILL_RECIPIENT). Also
 * the answer's shape.
 */
public class MacroActionRequest {

    public String type;
    public String status;
    public String priority;
    public Long formId;
    public Map<String, String> values;
    public Map<String, String> templates;
    public List<String> tags;
    public Long agentId;
    public Long queueId;
    public String topic;
    public String channel;
    public Long senderId;

    MacroAction toAction() {
        return new MacroAction(
                type, status, priority, formId, values, templates, tags, agentId, queueId, topic, channel, senderId);
    }

    static MacroActionRequest of(MacroAction action) {
        MacroActionRequest view = new MacroActionRequest();
        view.type = action.type();
        view.status = action.status();
        view.priority = action.priority();
        view.formId = action.formId();
        view.values = action.values().isEmpty() ? null : action.values();
        view.templates = action.templates().isEmpty() ? null : action.templates();
        view.tags = action.tags().isEmpty() ? null : action.tags();
        view.agentId = action.agentId();
        view.queueId = action.queueId();
        view.topic = action.topic();
        view.channel = action.channel();
        view.senderId = action.senderId();
        return view;
    }
}
