package io.switchboard.api;

import io.switchboard.users.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The roles of the caller of a request. */
public final class Callers {

    private Callers() {}

    public static Set<Role> roles(SecurityContext security) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values())
                .filter(role -> security.isUserInRole(role.name()))
                .forEach(roles::add);
        return roles;
    }
}
