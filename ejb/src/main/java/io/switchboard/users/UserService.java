package io.switchboard.users;

import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** Users of the admin and the API. Password checks at sign-in are done by the database identity store. */
@Stateless
public class UserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Clock clock;

    public Optional<User> findByUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
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
            throw new ConflictException("user " + username + " already exists");
        }
        User user = new User(username, passwordHasher.hash(password), displayName, roles, clock.instant());
        em.persist(user);
        return user;
    }
}
