package io.switchboard.platform;

/** A field of the request breaks a business rule that Bean Validation cannot express (400). */
public class InvalidInputException extends DomainException {

    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
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
