package io.switchboard.platform;

/**
 * A well-formed request that contradicts what was stored under the same key, such as a different message sent again
 * with an Idempotency-Key already used (422, naming the field): replaying the first answer would hide the error.
 */
public class UnprocessableException extends DomainException {

    private final String field;
    private final String reason;

    public UnprocessableException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }
}
