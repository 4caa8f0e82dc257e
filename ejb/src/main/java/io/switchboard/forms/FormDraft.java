package io.switchboard.forms;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.forms.logic.FormLayout;
import java.util.List;

/**
 * A form as a supervisor sends it, before it is checked: {@code isDefault} null leaves the default as it is, and
 * {@code conditions} null means no trigger.
 */
public record FormDraft(String name, Boolean isDefault, ConditionGroup conditions, List<FormLayout.Place> places) {

    public FormDraft {
        places = places == null ? List.of() : List.copyOf(places);
    }
}
