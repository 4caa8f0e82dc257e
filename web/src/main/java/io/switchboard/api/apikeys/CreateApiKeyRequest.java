package io.switchboard.api.apikeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A supervisor's request for a new API key. */
public record CreateApiKeyRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^:]*", message = "must not contain ':'") String name,
        @NotEmpty List<@NotNull @Pattern(regexp = "AGENT|MANAGER|ANALYTICS_MANAGER|ACCOUNT_MANAGER",
                message = "must be one of AGENT, MANAGER, ANALYTICS_MANAGER, ACCOUNT_MANAGER") String> roles) {
}
