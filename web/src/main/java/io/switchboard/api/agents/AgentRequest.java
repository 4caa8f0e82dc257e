package io.switchboard.api.agents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An agent to create or update. Humans get a user account (username and password); bots do not. */
public class AgentRequest {

    @Pattern(regexp = "HUMAN|BOT", message = "must be one of HUMAN|BOT")
    public String kind;

    @NotBlank
    @Size(max = 200)
    public String name;

    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may hold letters, digits and . _ @ - only")
    public String username;

    @Size(min = 12, max = 200, message = "must have 12 to 200 characters")
    public String password;

    @Size(max = 100)
    public String title;

    @Size(max = 50)
    public String phone;

    /** Optional; the workflows' {{agent.email}}. Absent or blank: none. */
    public String email;

    public Boolean enabled;

    /** Queues besides the Default queue, which every agent works in. */
    public List<Long> queueIds;
}
