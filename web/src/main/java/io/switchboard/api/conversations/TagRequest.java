package io.switchboard.api.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A defined tag to put on a conversation. */
public class TagRequest {

    @NotBlank
    @Size(max = 50)
    public String tag;
}
