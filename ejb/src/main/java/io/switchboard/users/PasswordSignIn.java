package io.switchboard.users;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies a username and password for the identity store (admin form and API Basic alike).
 * <ul>
 *   <li>An unknown or disabled user costs what a wrong password costs: the password is checked against a dummy
 *   hash with the same 600,000 iterations, so the time of an answer does not tell whether a username exists.</li>
 *   <li>A verified pair is remembered for {@link #TTL} ({@link CredentialCache}: keyed by an HMAC, never the
 *   password), so repeated Basic requests skip the hash. Each request still reads the user: a cached pair counts
 *   only while the user is enabled and the stored hash is the one it was verified against, so disabling a user or
 *   changing their password takes effect at the next request, on every instance.</li>
 * </ul>
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PasswordSignIn {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int CAPACITY = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    private final CredentialCache verified = new CredentialCache(TTL, CAPACITY);
    private volatile String dummyHash;

    @PostConstruct
    void prepare() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        dummyHash = hasher.hash(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    /** The user's role names when the password is theirs and they are enabled; empty otherwise. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Set<String>> verify(String username, String password) {
        Instant now = clock.instant();
        User user = em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Optional<CredentialCache.Entry> cached = verified.find(username, password, now);
        if (user != null
                && user.isEnabled()
                && cached.isPresent()
                && cached.get().passwordHash().equals(user.getPasswordHash())) {
            return Optional.of(roleNames(user));
        }
        // Hashes even when there is no such user (or they are disabled): every refusal costs the same.
        boolean matches = hasher.verify(password.toCharArray(), user == null ? dummyHash : user.getPasswordHash());
        if (user == null || !matches || !user.isEnabled()) {
            return Optional.empty();
        }
        verified.remember(username, password, user.getPasswordHash(), now);
        return Optional.of(roleNames(user));
    }

    /**
     * The role names of a signed-in user as they are now, empty when the user was disabled or removed: an admin
     * session asks on every request, so disabling a user ends their sessions at once, on every instance.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Set<String>> currentRoles(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultStream()
                .findFirst()
                .filter(User::isEnabled)
                .map(PasswordSignIn::roleNames);
    }

    /** Forgets the user's verified passwords on this instance (call when their password or status changes). */
    public void forget(String username) {
        verified.forget(username);
    }

    private static Set<String> roleNames(User user) {
        return user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
