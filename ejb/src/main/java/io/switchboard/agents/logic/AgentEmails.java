package io.switchboard.agents.logic;

import io.switchboard.platform.InvalidInputException;
import java.util.regex.Pattern;

/** An agent's email address as a person enters it: optional, one address, at most 254 characters (RFC 5321). */
public final class AgentEmails {

    public static final int MAX = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AgentEmails() {}

    /** The address trimmed, null for none; a malformed one is refused naming {@code field}. */
    public static String checked(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        if (address.length() > MAX) {
            throw new InvalidInputException(field, "must have at most " + MAX + " characters");
        }
        if (!ADDRESS.matcher(address).matches()) {
            throw new InvalidInputException(field, "must be an email address such as ana@example.com");
        }
        return address;
    }
}
