package io.switchboard.api.forms;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.forms.Form;
import io.switchboard.forms.FormItem;
import java.time.Instant;
import java.util.List;

/** A form as the API shows it. */
public record FormView(
        long id,
        String name,
        boolean isDefault,
        ConditionGroup conditions,
        List<PlaceView> fields,
        Instant createdAt,
        Instant updatedAt) {

    /** One place of the form. */
    public record PlaceView(long fieldId, boolean mandatory, WhenView when) {}

    /** What shows a conditional place. */
    public record WhenView(long fieldId, String value) {}

    static FormView of(Form form) {
        return new FormView(
                form.getId(),
                form.getName(),
                form.isDefault(),
                form.getConditions(),
                form.getItems().stream().map(FormView::place).toList(),
                form.getCreatedAt(),
                form.getUpdatedAt());
    }

    private static PlaceView place(FormItem item) {
        return new PlaceView(
                item.getFieldId(),
                item.isMandatory(),
                item.getWhenFieldId() == null ? null : new WhenView(item.getWhenFieldId(), item.getWhenValue()));
    }
}
