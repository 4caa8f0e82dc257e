package io.switchboard.users;

import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Users of the admin and the API. Password checks at sign-in are done by {@link PasswordSignIn}; a change of password
 * or status here makes it forget the user's verified passwords on this instance (other instances see the stored hash
 * or the status at the next request).
 */
@Stateless
public class UserService {

    /** How a list of users may be ordered. */
    public enum Order {
        USERNAME("u.username"),
        NAME("u.displayName"),
        CREATED("u.createdAt");

        private final String path;

        Order(String path) {
            this.path = path;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @EJB
    PasswordSignIn signIn;

    @Inject
    Clock clock;

    public Optional<User> findByUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public User find(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new UnknownEntityException("user", id);
        }
        return user;
    }

    /** Creates a user; the unique username is also enforced by the database. */
    public User create(String username, char[] password, String displayName, Set<Role> roles) {
        if (!Role.isValidCombination(roles)) {
            throw new InvalidInputException("roles", Role.COMBINATION_RULE);
        }
        if (!roles.stream().allMatch(Role::isForPeople)) {
            throw new InvalidInputException("roles", "GATEWAY is for API keys of channel gateways, not for people");
        }
        if (findByUsername(username).isPresent()) {
            throw ConflictException.onField("username", "user " + username + " already exists");
        }
        // Microseconds, as the database keeps them: the answer to the creation is what a later read shows.
        User user = new User(
                username,
                passwordHasher.hash(password),
                displayName,
                roles,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        em.persist(user);
        return user;
    }

    /** Users whose username or name contains {@code query} (any case), one page in the given order. */
    public Page<User> search(String query, Order order, boolean descending, int page, int size) {
        String pattern = "%" + (query == null ? "" : query.trim().toLowerCase(Locale.ROOT)) + "%";
        String where = " where lower(u.username) like :pattern or lower(coalesce(u.displayName, '')) like :pattern";
        var found = em.createQuery(
                        "select u from User u" + where + " order by " + order.path + (descending ? " desc" : "")
                                + ", u.id",
                        User.class)
                .setParameter("pattern", pattern)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createQuery("select count(u) from User u" + where, Long.class)
                .setParameter("pattern", pattern)
                .getSingleResult();
        return new Page<>(found, page, size, total);
    }

    /**
     * Changes a user's name, roles and status. A change that would leave no enabled supervisor (Account Manager) is
     * refused (409): the enabled supervisors' rows are locked first, so two supervisors cannot disable each other at
     * once.
     */
    public User change(long id, String displayName, Set<Role> roles, boolean enabled) {
        if (!Role.isValidCombination(roles)) {
            throw new InvalidInputException("roles", Role.COMBINATION_RULE);
        }
        User user = find(id);
        boolean supervisesNow = user.isEnabled() && user.getRoles().contains(Role.ACCOUNT_MANAGER);
        boolean supervisesAfter = enabled && roles.contains(Role.ACCOUNT_MANAGER);
        if (supervisesNow && !supervisesAfter && otherEnabledSupervisors(user) == 0) {
            throw new ConflictException(user.getUsername()
                    + " is the last enabled supervisor: they keep the Account Manager role and stay enabled");
        }
        user.describe(displayName);
        user.changeRoles(roles);
        if (enabled) {
            user.enable();
        } else if (user.isEnabled()) {
            user.disable();
            signIn.forget(user.getUsername());
        }
        return user;
    }

    private long otherEnabledSupervisors(User user) {
        return em.createQuery("select u from User u where u.enabled = true and :role member of u.roles", User.class)
                .setParameter("role", Role.ACCOUNT_MANAGER)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(u -> !u.getId().equals(user.getId()))
                .count();
    }

    /** Sets a new password; the verified passwords of the user are forgotten. */
    public void changePassword(long id, char[] newPassword) {
        User user = find(id);
        user.changePasswordHash(passwordHasher.hash(newPassword));
        signIn.forget(user.getUsername());
    }

    /** Whether {@code password} is the user's current password (costs one full hash). */
    public boolean isCurrentPassword(long id, char[] password) {
        return passwordHasher.verify(password, find(id).getPasswordHash());
    }
}
