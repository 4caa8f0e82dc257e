package io.switchboard.platform;

import java.util.Optional;

/**
 * What text Switchboard stores: tab, line feed and carriage return are the only control characters allowed. NUL
 * cannot be stored by PostgreSQL at all, and the others are never meant in a name or a message. The API's body
 * reader and the admin's forms both apply this rule.
 */
public final class PlainText {

    private PlainText() {}

    /** Why the text cannot be stored, or empty when it can. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("must not contain the NUL character");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("must not contain the control character U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }
}
