package io.switchboard.api.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal note. */
public class NoteRequest {

    @NotBlank
    @Size(max = 4096)
    public String text;
}
