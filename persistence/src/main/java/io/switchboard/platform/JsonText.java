package io.switchboard.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON-B instance that reads and writes the JSON columns (thread-safe, costly to create). */
public final class JsonText {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonText() {}

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static <T> T read(String json, Type type) {
        return JSONB.fromJson(json, type);
    }

    /**
     * A JSON object's members as text: strings as they are, any other value as its JSON ({@code 3}, {@code true});
     * empty for null or blank text.
     */
    public static Map<String, String> readTextMap(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<?, ?> object = JSONB.fromJson(json, LinkedHashMap.class);
        Map<String, String> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(
                (String) key, value instanceof String text ? text : value == null ? "null" : JSONB.toJson(value)));
        return map;
    }
}
