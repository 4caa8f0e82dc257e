package io.switchboard.api.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The business's reply to the customer. */
public class ReplyRequest {

    @NotBlank
    @Size(max = 4096)
    public String text;

    /**
     * Another of the business's senders to write from (another channel of the customer's); absent: the
     * conversation's own sender.
     */
    public Long senderId;
}
