package io.switchboard.api.errors;

import io.switchboard.api.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path 404, 405, 415, a body it could not read...) as problems with their status. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder builder =
                Problem.of(status, detail(exception, status)).toResponseBuilder();
        // Keep the headers that tell the client what to do next (Allow, WWW-Authenticate, Retry-After...).
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static String detail(WebApplicationException exception, Response.StatusType status) {
        String message = exception.getMessage();
        // JAX-RS defaults to "HTTP 404 Not Found"; say something more useful.
        if (message == null || message.startsWith("HTTP " + status.getStatusCode())) {
            return switch (status.getStatusCode()) {
                case 400 -> "The request is malformed: a body is missing or unreadable";
                case 404 -> "No resource at this address";
                case 405 -> "This method is not allowed here";
                case 406 -> "No acceptable representation: this API speaks application/json";
                case 415 -> "Unsupported media type: send application/json";
                default -> status.getReasonPhrase();
            };
        }
        return message;
    }
}
