package io.switchboard.admin.users;

import io.switchboard.users.Role;

/** The roles as the users screen names them, after the guide's "Users and permissions". */
final class RoleLabels {

    private RoleLabels() {}

    static String of(Role role) {
        return switch (role) {
            case AGENT -> "Agent";
            case MANAGER -> "Manager";
            case ANALYTICS_MANAGER -> "Analytics manager";
            case ACCOUNT_MANAGER -> "Account manager (supervisor)";
        };
    }
}
