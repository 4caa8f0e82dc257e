package io.switchboard.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request contradicts what is stored, e.g. a duplicate name or deleting something still in use (409). */
public class ConflictException extends DomainException {

    private final Map<String, String> fields;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    /** A conflict with the fields it concerns (mandatory form fields left empty), by field, with the reason. */
    public ConflictException(String message, Map<String, String> fields) {
        super(message);
        this.fields = new LinkedHashMap<>(fields);
    }

    /** A conflict caused by one field's value, e.g. a name another tag already has; the field carries the message. */
    public static ConflictException onField(String field, String message) {
        return new ConflictException(message, Map.of(field, message));
    }

    /** The fields at fault in order, with their reasons; empty when the conflict concerns the request as a whole. */
    public Map<String, String> getFields() {
        return Collections.unmodifiableMap(fields);
    }
}
