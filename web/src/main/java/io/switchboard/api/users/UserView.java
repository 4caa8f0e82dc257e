package io.switchboard.api.users;

import io.switchboard.agents.Agent;
import io.switchboard.agents.UserAccounts.Account;
import io.switchboard.users.Role;
import io.switchboard.users.User;
import java.time.Instant;
import java.util.List;

/** A user as supervisors see it; {@code agentId} is the agent record of a user with the Agent or Manager role. */
public record UserView(
        long id, String username, String name, List<Role> roles, boolean enabled, Long agentId, Instant createdAt) {

    public static UserView of(Account account) {
        User user = account.user();
        return new UserView(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRoles().stream().sorted().toList(),
                user.isEnabled(),
                account.agent().map(Agent::getId).orElse(null),
                user.getCreatedAt());
    }
}
