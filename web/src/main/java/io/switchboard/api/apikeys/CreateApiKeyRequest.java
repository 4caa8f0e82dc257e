package io.switchboard.api.apikeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A supervisor's request for a new API key. A class, not a record: Payara's OpenAPI generator fails on Bean
 * Validation annotations that reach a constructor parameter, which a record's components do.
 */
public class CreateApiKeyRequest {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[^:]*", message = "must not contain ':'")
    public String name;

    @NotEmpty
    public List<
                    @NotNull
                    @Pattern(
                            regexp = "AGENT|MANAGER|ANALYTICS_MANAGER|ACCOUNT_MANAGER|GATEWAY",
                            message = "must be one of AGENT, MANAGER, ANALYTICS_MANAGER, ACCOUNT_MANAGER, GATEWAY")
                    String>
            roles;

    /** The agent the key acts as (a bot, or an integration acting as a person); absent: none. */
    public Long agentId;
}
