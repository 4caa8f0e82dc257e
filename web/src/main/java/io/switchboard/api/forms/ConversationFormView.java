package io.switchboard.api.forms;

import io.switchboard.forms.ConversationFormState;
import io.switchboard.forms.FieldType;
import io.switchboard.forms.logic.FieldSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conversation's form: which form (null when no form exists) and whether a person chose it, the fields it shows
 * now with their values, the shown mandatory fields still empty, and every value the conversation holds by field id.
 */
public record ConversationFormView(
        long conversationId,
        Long formId,
        String formName,
        boolean chosen,
        List<ShownField> fields,
        List<Long> missing,
        Map<String, String> values) {

    /** A field the form shows, with its value (null when empty). */
    public record ShownField(
            long fieldId, String name, FieldType type, boolean mandatory, List<String> options, String value) {}

    static ConversationFormView of(long conversationId, ConversationFormState state) {
        Map<String, String> values = new LinkedHashMap<>();
        state.values().forEach((id, value) -> values.put(String.valueOf(id), value));
        List<ShownField> shown = state.shown().stream()
                .filter(s -> state.fields().containsKey(s.fieldId()))
                .map(s -> {
                    FieldSpec spec = state.fields().get(s.fieldId());
                    return new ShownField(
                            s.fieldId(),
                            spec.name(),
                            spec.type(),
                            s.mandatory(),
                            spec.options(),
                            state.values().get(s.fieldId()));
                })
                .toList();
        return new ConversationFormView(
                conversationId,
                state.form() == null ? null : state.form().getId(),
                state.form() == null ? null : state.form().getName(),
                state.chosen(),
                shown,
                state.missing(),
                values);
    }
}
