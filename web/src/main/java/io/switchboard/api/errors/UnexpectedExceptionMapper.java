package io.switchboard.api.errors;

import io.switchboard.api.Problem;
import io.switchboard.platform.ConcurrencyConflicts;
import io.switchboard.platform.DomainException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Races the database settles (a unique key taken meanwhile, a concurrent edit) are conflicts;
 * a database that cannot be reached is 503 with Retry-After (nothing was stored; the same request succeeds later);
 * a real fault is logged with an incident id and answered without any internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return new DomainExceptionMapper().toResponse(domain);
            }
            if (t instanceof EJBAccessException) {
                return Problem.of(Response.Status.FORBIDDEN, "Your roles do not allow this")
                        .toResponse();
            }
            if (t instanceof OptimisticLockException) {
                return Problem.of(Response.Status.CONFLICT, "Someone else changed this meanwhile; reload and retry")
                        .toResponse();
            }
        }
        if (ConcurrencyConflicts.isIntegrityViolation(exception)) {
            return Problem.of(
                            Response.Status.CONFLICT, "This conflicts with stored data (a duplicate, or still in use)")
                    .toResponse();
        }
        if (DatabaseUnavailable.isUnavailable(exception)) {
            LOG.log(Level.WARNING, "Database unavailable: " + exception);
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL)
                    .toResponseBuilder()
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "An unexpected error occurred; quote incident " + incident + " to your operator")
                .toResponse();
    }
}
