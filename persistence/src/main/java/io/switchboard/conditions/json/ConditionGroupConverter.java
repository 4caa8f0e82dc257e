package io.switchboard.conditions.json;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.platform.JsonText;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A condition tree stored as JSON text: {@code {"join":"AND","conditions":[{"attribute","operator","value"}],
 * "groups":[...]}}. The tree is always read, checked, compiled and written whole, and never queried by its parts, so
 * one text column serves better than rows of a recursive table.
 */
@Converter
public class ConditionGroupConverter implements AttributeConverter<ConditionGroup, String> {

    @Override
    public String convertToDatabaseColumn(ConditionGroup group) {
        return group == null ? null : JsonText.write(group);
    }

    @Override
    public ConditionGroup convertToEntityAttribute(String json) {
        return json == null ? null : JsonText.read(json, ConditionGroup.class);
    }
}
