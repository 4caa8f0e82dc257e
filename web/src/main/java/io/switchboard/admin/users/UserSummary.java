package io.switchboard.admin.users;

import io.switchboard.admin.support.Labels;
import io.switchboard.agents.UserAccounts.Account;
import io.switchboard.users.Role;
import io.switchboard.users.User;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** A row of the users screen (a class: Jakarta EL 5 cannot read records). */
public class UserSummary implements Serializable {

    private final long id;
    private final String username;
    private final String name;
    private final List<String> roles;
    private final boolean enabled;
    private final boolean agent;
    private final String created;

    public UserSummary(Account account) {
        User user = account.user();
        this.id = user.getId();
        this.username = user.getUsername();
        this.name = user.getDisplayName();
        this.roles = user.getRoles().stream().sorted().map(Role::name).toList();
        this.enabled = user.isEnabled();
        this.agent = account.agent().isPresent();
        this.created = Labels.time(user.getCreatedAt());
    }

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    /** Role names (the screen's values). */
    public List<String> getRoles() {
        return roles;
    }

    /** The roles as people read them. */
    public String getRoleLabels() {
        return roles.stream().map(r -> Labels.role(Role.valueOf(r))).collect(Collectors.joining(", "));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isAgent() {
        return agent;
    }

    public String getCreated() {
        return created;
    }
}
