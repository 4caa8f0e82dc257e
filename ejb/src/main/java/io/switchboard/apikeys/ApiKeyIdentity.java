package io.switchboard.apikeys;

import io.switchboard.users.Role;
import java.util.Set;

/** Who an accepted API key speaks for: the key's name and roles. */
public record ApiKeyIdentity(long id, String name, Set<Role> roles) {}
