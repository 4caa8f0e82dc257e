package io.switchboard.api.forms;

import io.switchboard.api.routing.ConditionGroupRequest;
import io.switchboard.forms.FormDraft;
import io.switchboard.forms.logic.FormLayout;
import io.switchboard.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** A form as a whole: its fields in order, the trigger (routing's conditions) and whether it is the default. */
public class FormRequest {

    public String name;

    /** Left out: unchanged (a new form is the default when it is the first). */
    public Boolean isDefault;

    /** Left out: no trigger; the form is given by a person or as the default. */
    public ConditionGroupRequest conditions;

    public List<Place> fields;

    /** One place of the form; {@code when} makes it conditional. */
    public static class Place {
        public Long fieldId;
        public Boolean mandatory;
        public When when;
    }

    /** The field, and its value, that show a conditional place. */
    public static class When {
        public Long fieldId;
        public String value;
    }

    FormDraft draft() {
        List<FormLayout.Place> places = new ArrayList<>();
        List<Place> given = fields == null ? List.of() : fields;
        for (int i = 0; i < given.size(); i++) {
            Place place = given.get(i);
            if (place.fieldId == null) {
                throw new InvalidInputException("fields[" + i + "].fieldId", "is required");
            }
            if (place.when != null && place.when.fieldId == null) {
                throw new InvalidInputException("fields[" + i + "].when.fieldId", "is required");
            }
            if (place.when != null && place.when.value == null) {
                throw new InvalidInputException("fields[" + i + "].when.value", "is required");
            }
            places.add(new FormLayout.Place(
                    place.fieldId,
                    Boolean.TRUE.equals(place.mandatory),
                    place.when == null ? null : place.when.fieldId,
                    place.when == null ? null : place.when.value));
        }
        return new FormDraft(name, isDefault, ConditionGroupRequest.toGroupOrNull(conditions), places);
    }
}
