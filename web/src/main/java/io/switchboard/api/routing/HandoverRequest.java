package io.switchboard.api.routing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a bot may send along when it hands a conversation over: defined tags (the customer's intent) for routing. */
public class HandoverRequest {

    @Size(max = 20)
    public List<@NotBlank @Size(max = 50) String> tags;
}
