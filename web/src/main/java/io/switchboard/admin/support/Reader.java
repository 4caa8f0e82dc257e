package io.switchboard.admin.support;

import io.switchboard.users.Role;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.EnumSet;
import java.util.Set;

/** The signed-in user reading a screen: their name and roles, as the engine's reach and masking take them. */
public final class Reader {

    private Reader() {}

    public static String username() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public static Set<Role> roles() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (external.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
