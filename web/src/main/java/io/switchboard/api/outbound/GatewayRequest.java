package io.switchboard.api.outbound;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sender's channel gateway. (A class: see CreateApiKeyRequest.) */
public class GatewayRequest {

    /** Where the sender's outbound messages are POSTed. */
    @NotBlank
    @Size(max = 2000)
    public String url;

    /** Issue a new signing secret (the old one stops working at once). A new gateway always gets one. */
    public boolean rotateSecret;
}
