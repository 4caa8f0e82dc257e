package io.switchboard.api.errors;

import io.switchboard.api.Problem;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Describes a request body that could not be read as JSON, naming the field when the parser says which. */
final class JsonBodyErrors {

    // Yasson names the property it failed on like this: "Unable to deserialize property 'roles' because of: ..."
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    private JsonBodyErrors() {}

    static Response problemFor(Throwable exception) {
        String field = fieldNamedIn(exception);
        if (field != null) {
            String reason = mentions(exception, "No enum constant")
                    ? "is not one of the allowed values"
                    : "has a value of the wrong type";
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "The request body has a value that cannot be read",
                            List.of(new Problem.FieldError(field, reason)))
                    .toResponse();
        }
        return Problem.of(
                        Response.Status.BAD_REQUEST,
                        "The request body is not well-formed JSON",
                        List.of(new Problem.FieldError("body", "is not well-formed JSON")))
                .toResponse();
    }

    private static boolean mentions(Throwable exception, String text) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path of the property the parser failed on, outermost first ({@code person.birthDate}), or {@code null}.
     * Each level of a nested object names its property, and every message repeats the ones inside it.
     */
    static String fieldNamedIn(Throwable exception) {
        Set<String> path = new LinkedHashSet<>();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher matcher = PROPERTY.matcher(t.getMessage());
                while (matcher.find()) {
                    path.add(matcher.group(1));
                }
            }
        }
        return path.isEmpty() ? null : String.join(".", path);
    }
}
