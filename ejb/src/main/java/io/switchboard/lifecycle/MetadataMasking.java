package io.switchboard.lifecycle;

import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.Masking;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * Conversation metadata under masking: the values of keys marked sensitive (attributes of owner CONVERSATION, the
 * guide's chatbot attributes "marked as sensitive") are masked for those who see masks, and a write keeps them as
 * {@link Masking#written} says.
 */
final class MetadataMasking {

    // Json.createX looks the provider up (a class path scan) on every call: one lookup, kept.
    private static final JsonProvider JSON = JsonProvider.provider();

    private MetadataMasking() {}

    /** The stored metadata (a JSON object, or null for none) as this caller may see it. */
    static String show(String stored, Masking masking) {
        JsonObject metadata = parse(stored);
        JsonObjectBuilder shown = JSON.createObjectBuilder();
        metadata.forEach((key, value) -> shown.add(
                key, masking.hides(AttributeOwner.CONVERSATION, key) ? JSON.createValue(Masking.MASK) : value));
        return shown.build().toString();
    }

    /** The metadata a replacement by this caller leaves. */
    static String written(String stored, String sent, Masking masking) {
        JsonObject before = parse(stored);
        JsonObject after = parse(sent);
        JsonObjectBuilder written = JSON.createObjectBuilder();
        after.forEach((key, value) -> {
            Object kept = masking.written(
                    AttributeOwner.CONVERSATION, key, key, before.get(key), isMask(value) ? Masking.MASK : value);
            if (kept instanceof JsonValue json) {
                written.add(key, json);
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key) && masking.hides(AttributeOwner.CONVERSATION, key)) {
                written.add(key, value);
            }
        });
        return written.build().toString();
    }

    private static boolean isMask(JsonValue value) {
        return value instanceof JsonString text && Masking.MASK.equals(text.getString());
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
