package io.switchboard.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Collections;
import java.util.Map;

/** A map of text values stored as a JSON object; an empty map is stored as null and null is read as empty. */
@Converter
public class TextMapConverter implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> map) {
        return map == null || map.isEmpty() ? null : JsonText.write(map);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return Collections.unmodifiableMap(JsonText.readTextMap(json));
    }
}
