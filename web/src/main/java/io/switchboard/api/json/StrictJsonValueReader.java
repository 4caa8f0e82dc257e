package io.switchboard.api.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Free-form JSON bodies (a conversation's metadata) through {@link StrictJson} too. JAX-RS prefers the reader of the
 * closest type, so {@link StrictJsonBodyReader} alone would leave {@code JsonValue} to JSON-P's reader, which
 * answers a deeply nested body with a 500.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(Priorities.USER - 100)
public class StrictJsonValueReader implements MessageBodyReader<JsonValue> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public JsonValue readFrom(
            Class<JsonValue> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream) {
        return (JsonValue) StrictJson.bind(StrictJson.parse(entityStream), type);
    }
}
