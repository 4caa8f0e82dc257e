package io.switchboard.forms;

import io.switchboard.forms.logic.FieldSpec;
import io.switchboard.forms.logic.FormLayout;
import java.util.List;
import java.util.Map;

/**
 * A conversation's form as an agent sees it: the form (null when none exists), whether a person chose it, the fields
 * it shows for the values now, and every value the conversation holds (shown or not), by field id.
 */
public record ConversationFormState(
        Form form,
        boolean chosen,
        List<FormLayout.Shown> shown,
        Map<Long, String> values,
        Map<Long, FieldSpec> fields,
        List<Long> missing) {}
