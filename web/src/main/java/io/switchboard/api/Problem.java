package io.switchboard.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: every error the API answers has this shape and the media type
 * {@code application/problem+json}; {@code errors} names the fields at fault.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault and why. */
    public record FieldError(String field, String reason) {}

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static Problem of(Response.StatusType status, String detail, List<FieldError> errors) {
        return new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** The problem as JSON, serialized here so that no provider negotiation can turn it into HTML. */
    public String toJson() {
        return JsonbHolder.JSONB.toJson(this);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson());
    }

    // Created on first use, so that the record itself needs no JSON-B provider.
    private static final class JsonbHolder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
