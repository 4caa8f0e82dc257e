package io.switchboard.platform;

/** The request contradicts what is stored, e.g. a duplicate name or deleting something still in use (409). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
