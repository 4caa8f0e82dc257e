package io.switchboard.platform;

import jakarta.ejb.ApplicationException;

/** A business rule refused the request; the transaction rolls back and the API answers with a 4xx problem. */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
