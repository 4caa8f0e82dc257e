package io.switchboard.api.conversations;

import io.switchboard.conversations.ConversationStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new status for a conversation. */
public class StatusRequest {

    // A string checked against the names: JSON-B's own enum error names no field.
    @NotNull
    @Pattern(regexp = ConversationStatus.NAMES, message = "must be one of " + ConversationStatus.NAMES)
    public String status;
}
