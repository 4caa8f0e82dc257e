package io.switchboard.users;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The four roles of the guide's "Users and permissions"; a user may combine them, except Agent with Manager
 * (a Manager already has every Agent permission).
 */
public enum Role {
    /** Handles the conversations assigned to them. */
    AGENT,
    /** Manages conversations whoever they are assigned to. */
    MANAGER,
    /** Reads analytics and reports. */
    ANALYTICS_MANAGER,
    /** Supervisor: manages the setup (queues, routing, SLA, API keys...). */
    ACCOUNT_MANAGER,
    /**
     * A machine, never a person: the API key of a channel gateway, which hands over customers' messages and reads
     * the deliveries to its channel. Only API keys hold it.
     */
    GATEWAY;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String AGENT = "AGENT";
        public static final String MANAGER = "MANAGER";
        public static final String ANALYTICS_MANAGER = "ANALYTICS_MANAGER";
        public static final String ACCOUNT_MANAGER = "ACCOUNT_MANAGER";
        public static final String GATEWAY = "GATEWAY";

        private Names() {}
    }

    /** The rule of {@link #isValidCombination}, as error messages state it. */
    public static final String COMBINATION_RULE = "at least one role, and not both AGENT and MANAGER";

    /** Whether a set of roles may be held together: Agent and Manager are exclusive. */
    public static boolean isValidCombination(Collection<Role> roles) {
        return !roles.isEmpty() && !(roles.contains(AGENT) && roles.contains(MANAGER));
    }

    /** Whether a person (a user) may hold the role: machines' roles are for API keys only. */
    public boolean isForPeople() {
        return this != GATEWAY;
    }

    static Set<Role> copyOf(Collection<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
