package io.switchboard.api.errors;

import io.switchboard.api.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request bodies and parameters: 400 naming each field and its reason. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::toFieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::reason))
                .toList();
        if (errors.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, "The request is invalid")
                    .toResponse();
        }
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields", errors)
                .toResponse();
    }

    private static Problem.FieldError toFieldError(ConstraintViolation<?> violation) {
        return new Problem.FieldError(FieldPaths.fieldOf(violation.getPropertyPath()), violation.getMessage());
    }
}
