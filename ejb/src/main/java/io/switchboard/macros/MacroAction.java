package io.switchboard.macros;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One action of a macro as written ({@code {"type":"SET_PRIORITY","priority":"HIGH"}}); each type reads the fields it
 * needs ({@code MacroRules} says which): {@code status}, {@code priority}, {@code formId}, {@code values} (form field
 * values by field id), {@code templates} (composer text by channel), {@code tags} (conversation tag names),
 * {@code agentId}, {@code queueId}, {@code topic} (the topic or email subject), {@code channel} and {@code senderId}
 * (whose recipient field to fill, and from which sender).
 */
public record MacroAction(
        String type,
        String status,
        String priority,
        Long formId,
        Map<String, String> values,
        Map<String, String> templates,
        List<String> tags,
        Long agentId,
        Long queueId,
        String topic,
        String channel,
        Long senderId) {

    public MacroAction {
        // Copies that keep nulls, so MacroRules can name a null value's place instead of failing here.
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        templates = templates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
    }

    public static MacroAction status(String status) {
        return new MacroAction(
                MacroActionType.SET_STATUS.name(), status, null, null, null, null, null, null, null, null, null, null);
    }

    public static MacroAction priority(String priority) {
        return new MacroAction(
                MacroActionType.SET_PRIORITY.name(),
                null,
                priority,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public static MacroAction form(Long formId) {
        return new MacroAction(
                MacroActionType.SET_FORM.name(), null, null, formId, null, null, null, null, null, null, null, null);
    }

    public static MacroAction formFields(Map<String, String> values) {
        return new MacroAction(
                MacroActionType.SET_FORM_FIELDS.name(),
                null,
                null,
                null,
                values,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public static MacroAction template(Map<String, String> templates) {
        return new MacroAction(
                MacroActionType.TEMPLATE.name(), null, null, null, null, templates, null, null, null, null, null, null);
    }

    public static MacroAction tagging(String... tags) {
        return new MacroAction(
                MacroActionType.ADD_TAGS.name(),
                null,
                null,
                null,
                null,
                null,
                List.of(tags),
                null,
                null,
                null,
                null,
                null);
    }

    public static MacroAction agent(Long agentId) {
        return new MacroAction(
                MacroActionType.ASSIGN_AGENT.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                agentId,
                null,
                null,
                null,
                null);
    }

    public static MacroAction queue(Long queueId) {
        return new MacroAction(
                MacroActionType.SET_QUEUE.name(), null, null, null, null, null, null, null, queueId, null, null, null);
    }

    public static MacroAction topic(String topic) {
        return new MacroAction(
                MacroActionType.SET_TOPIC.name(), null, null, null, null, null, null, null, null, topic, null, null);
    }

    public static MacroAction recipient(String channel, Long senderId) {
        return new MacroAction(
                MacroActionType.FILL_RECIPIENT.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                channel,
                senderId);
    }

    /** The type, once {@code MacroRules} has checked it. */
    public MacroActionType kind() {
        return MacroActionType.valueOf(type);
    }
}
