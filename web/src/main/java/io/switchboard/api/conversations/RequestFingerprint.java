package io.switchboard.api.conversations;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The SHA-256 of a request in canonical form (as JSON with object keys sorted and nulls left out): the same message
 * sent again, in whatever key order or spacing, has the same fingerprint, and any other has another.
 */
final class RequestFingerprint {

    // Json.createX looks the provider up (a class path scan) on every call: one lookup, kept.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Jsonb JSONB = JsonbBuilder.create();

    private RequestFingerprint() {}

    static String of(Object request) {
        JsonValue parsed;
        try (JsonReader reader = JSON.createReader(new StringReader(JSONB.toJson(request)))) {
            parsed = reader.readValue();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(parsed).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static JsonValue canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder sorted = JSON.createObjectBuilder();
            new TreeMap<>(object).forEach((key, member) -> {
                if (member.getValueType() != JsonValue.ValueType.NULL) {
                    sorted.add(key, canonical(member));
                }
            });
            return sorted.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder items = JSON.createArrayBuilder();
            array.forEach(item -> items.add(canonical(item)));
            return items.build();
        }
        return value;
    }
}
