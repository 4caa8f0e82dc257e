package io.switchboard.api.errors;

import io.switchboard.api.Problem;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.DomainException;
import io.switchboard.platform.ForbiddenException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.TooLargeException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.platform.UnprocessableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Business rule refusals from the engine: unknown → 404, conflict → 409, invalid field → 400, forbidden field → 403,
 * too large → 413, a used idempotency key with another body → 422.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        if (exception instanceof TooLargeException tooLarge) {
            return Problem.of(
                            Response.Status.REQUEST_ENTITY_TOO_LARGE,
                            "The request is too large",
                            List.of(new Problem.FieldError(tooLarge.getField(), tooLarge.getReason())))
                    .toResponse();
        }
        if (exception instanceof ForbiddenException forbidden) {
            return Problem.of(
                            Response.Status.FORBIDDEN,
                            "Not allowed for this caller",
                            List.of(new Problem.FieldError(forbidden.getField(), forbidden.getReason())))
                    .toResponse();
        }
        if (exception instanceof UnprocessableException unprocessable) {
            return new Problem(
                            "about:blank",
                            "Unprocessable Content",
                            422,
                            "The request contradicts an earlier one under the same key",
                            List.of(new Problem.FieldError(unprocessable.getField(), unprocessable.getReason())))
                    .toResponse();
        }
        if (exception instanceof InvalidInputException invalid) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "The request has invalid fields",
                            List.of(new Problem.FieldError(invalid.getField(), invalid.getReason())))
                    .toResponse();
        }
        if (exception instanceof ConflictException conflict
                && !conflict.getFields().isEmpty()) {
            return Problem.of(
                            Response.Status.CONFLICT,
                            conflict.getMessage(),
                            conflict.getFields().entrySet().stream()
                                    .map(e -> new Problem.FieldError(e.getKey(), e.getValue()))
                                    .toList())
                    .toResponse();
        }
        Response.Status status = exception instanceof UnknownEntityException
                ? Response.Status.NOT_FOUND
                : exception instanceof ConflictException ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        return Problem.of(status, exception.getMessage()).toResponse();
    }
}
