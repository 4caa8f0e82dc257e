package io.switchboard.api.senders;

import io.switchboard.channels.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new sender: the channel and the address the business talks from there. (A class: see CreateApiKeyRequest.) */
public class CreateSenderRequest {

    // A string checked against the names: JSON-B's own enum error names no field.
    @NotNull
    @Pattern(regexp = Channel.NAMES, message = "must be one of " + Channel.NAMES)
    public String channel;

    @NotBlank
    @Size(max = 320)
    public String address;

    @Size(max = 100)
    public String name;

    /** Email senders only: the no-reply From of workflow emails (absent: false on create, unchanged on update). */
    public Boolean noReply;
}
