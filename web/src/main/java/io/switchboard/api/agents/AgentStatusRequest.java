package io.switchboard.api.agents;

import io.switchboard.agents.AgentStatusGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A custom agent status: its name and group. */
public class AgentStatusRequest {

    @NotBlank
    @Size(max = 50)
    public String name;

    @NotNull
    @Pattern(regexp = AgentStatusGroup.NAMES, message = "must be one of " + AgentStatusGroup.NAMES)
    public String group;
}
