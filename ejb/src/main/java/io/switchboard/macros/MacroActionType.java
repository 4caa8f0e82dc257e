package io.switchboard.macros;

import java.util.Arrays;
import java.util.Optional;

/** What one action of a macro does to the conversation, in the words of the macro editor. */
public enum MacroActionType {
    SET_STATUS("Set the status"),
    SET_PRIORITY("Set the priority"),
    SET_FORM("Choose the form"),
    SET_FORM_FIELDS("Fill in form fields"),
    TEMPLATE("Fill in the message composer"),
    ADD_TAGS("Tag the conversation"),
    ASSIGN_AGENT("Assign an agent"),
    SET_QUEUE("Move to a queue"),
    SET_TOPIC("Set the topic or email subject"),
    FILL_RECIPIENT("Fill in the recipient");

    private final String label;

    MacroActionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<MacroActionType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
