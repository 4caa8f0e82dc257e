package io.switchboard.api.senders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sender's new address and name; its channel stays. (A class: see CreateApiKeyRequest.) */
public class SenderChangeRequest {

    @NotBlank
    @Size(max = 320)
    public String address;

    @Size(max = 100)
    public String name;

    /** Email senders only: the no-reply From of workflow emails (absent: false on create, unchanged on update). */
    public Boolean noReply;
}
