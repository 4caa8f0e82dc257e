package io.switchboard.api.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A conversation an agent starts: the customer, the sender it goes from, and the first message. */
public class StartRequest {

    @NotNull
    public Long personId;

    @NotNull
    public Long senderId;

    @NotBlank
    @Size(max = 4096)
    public String text;
}
