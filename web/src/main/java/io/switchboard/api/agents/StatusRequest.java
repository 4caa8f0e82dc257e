package io.switchboard.api.agents;

import jakarta.validation.constraints.NotNull;

/** The status to put an agent in. */
public class StatusRequest {

    @NotNull
    public Long statusId;
}
