package io.switchboard.api.conversations;

import jakarta.validation.constraints.NotNull;

/** The queue a conversation moves to. */
public class MoveRequest {

    @NotNull
    public Long queueId;
}
