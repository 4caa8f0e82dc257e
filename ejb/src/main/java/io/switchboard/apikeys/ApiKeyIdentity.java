package io.switchboard.apikeys;

import io.switchboard.users.Role;
import java.util.Set;

/** Who an accepted API key speaks for: the key's name and roles, and the agent it acts as (null: none). */
public record ApiKeyIdentity(long id, String name, Set<Role> roles, Long agentId) {}
