package io.switchboard.platform;

/** The caller may not do this to a field, whatever its value (403, naming the field). */
public class ForbiddenException extends DomainException {

    private final String field;
    private final String reason;

    public ForbiddenException(String field, String reason) {
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
