package io.switchboard.conversations.logic;

import io.switchboard.platform.InvalidInputException;

/** The rule for a conversation's topic (an email's subject line): some text, at most 998 characters (RFC 5322). */
public final class Topics {

    /** The longest topic: an email subject line's limit, and the column's. */
    public static final int MAX_LENGTH = 998;

    private Topics() {}

    /** The topic as stored (without surrounding spaces); refuses a blank or too long one, naming {@code field}. */
    public static String checked(String field, String topic) {
        if (topic == null || topic.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String stripped = topic.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "has more than " + MAX_LENGTH + " characters");
        }
        return stripped;
    }
}
