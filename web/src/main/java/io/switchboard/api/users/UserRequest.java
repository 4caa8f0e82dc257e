package io.switchboard.api.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A user to create ({@code username} and {@code password} required) or to change ({@code name}, {@code roles},
 * {@code enabled}; the username never changes and the password has its own resource). A class, not a record: see
 * {@code CreateApiKeyRequest}.
 */
public class UserRequest {

    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may hold letters, digits and . _ @ - only")
    public String username;

    @NotBlank
    @Size(max = 200)
    public String name;

    @Size(min = 12, max = 200, message = "must have 12 to 200 characters")
    public String password;

    @NotEmpty
    public List<
                    @NotNull
                    @Pattern(
                            regexp = "AGENT|MANAGER|ANALYTICS_MANAGER|ACCOUNT_MANAGER",
                            message = "must be one of AGENT, MANAGER, ANALYTICS_MANAGER, ACCOUNT_MANAGER")
                    String>
            roles;

    public Boolean enabled;
}
