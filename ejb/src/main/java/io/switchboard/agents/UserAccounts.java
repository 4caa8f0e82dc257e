package io.switchboard.agents;

import io.switchboard.platform.Page;
import io.switchboard.users.Role;
import io.switchboard.users.User;
import io.switchboard.users.UserService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users as supervisors manage them: a user with the Agent or Manager role is an agent, so creating or changing a user
 * creates or enables their agent record in the same transaction, and disabling them disables it (which sends their
 * conversations back to assignment). The API's users and human agents, and the admin's Users screen, all come here.
 */
@Stateless
public class UserAccounts {

    /** A user with their agent record, if they are an agent. */
    public record Account(User user, Optional<Agent> agent) {}

    @PersistenceContext
    EntityManager em;

    @EJB
    UserService users;

    @EJB
    AgentService agents;

    public Account create(
            String username,
            char[] password,
            String name,
            Set<Role> roles,
            String title,
            String phone,
            List<Long> queueIds) {
        User user = users.create(username, password, name, roles);
        return new Account(user, agents.follow(user, title, phone, queueIds));
    }

    public Account find(long id) {
        User user = users.find(id);
        return new Account(user, agents.ofUser(user));
    }

    /** Users whose username or name contains {@code query}, one page, each with their agent record. */
    public Page<Account> search(String query, UserService.Order order, boolean descending, int page, int size) {
        Page<User> found = users.search(query, order, descending, page, size);
        Map<Long, Agent> agentsByUser = found.items().isEmpty()
                ? Map.of()
                : em.createQuery("select a from Agent a where a.user in :users", Agent.class)
                        .setParameter("users", found.items())
                        .getResultStream()
                        .collect(Collectors.toMap(a -> a.getUser().getId(), a -> a));
        return new Page<>(
                found.items().stream()
                        .map(u -> new Account(u, Optional.ofNullable(agentsByUser.get(u.getId()))))
                        .toList(),
                page,
                size,
                found.total());
    }

    /** Changes name, roles and status; the agent record follows (see {@link AgentService#follow}). */
    public Account change(long id, String name, Set<Role> roles, boolean enabled) {
        User user = users.change(id, name, roles, enabled);
        return new Account(user, agents.follow(user, null, null, List.of()));
    }

    public void changePassword(long id, char[] password) {
        users.changePassword(id, password);
    }

    public boolean isCurrentPassword(long id, char[] password) {
        return users.isCurrentPassword(id, password);
    }
}
