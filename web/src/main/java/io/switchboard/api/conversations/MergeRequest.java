package io.switchboard.api.conversations;

import jakarta.validation.constraints.NotNull;

/** The conversation of the same customer to merge into this one. */
public class MergeRequest {

    @NotNull
    public Long conversationId;
}
