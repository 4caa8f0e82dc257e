package io.switchboard.platform;

/** A field's content is larger than allowed, e.g. an uploaded file (413). */
public class TooLargeException extends InvalidInputException {

    public TooLargeException(String field, String reason) {
        super(field, reason);
    }
}
