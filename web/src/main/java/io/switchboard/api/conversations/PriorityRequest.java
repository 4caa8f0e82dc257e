package io.switchboard.api.conversations;

import io.switchboard.conversations.Priority;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new priority for a conversation. */
public class PriorityRequest {

    // A string checked against the names: JSON-B's own enum error names no field.
    @NotNull
    @Pattern(regexp = Priority.NAMES, message = "must be one of " + Priority.NAMES)
    public String priority;
}
