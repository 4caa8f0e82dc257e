package io.switchboard.api.users;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password; {@code currentPassword} is required when users change their own. */
public class PasswordRequest {

    @NotNull
    @Size(min = 12, max = 200, message = "must have 12 to 200 characters")
    public String password;

    @Size(max = 200)
    public String currentPassword;
}
