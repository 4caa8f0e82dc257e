package io.switchboard.apikeys;

import io.switchboard.agents.Agent;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.users.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates, lists, revokes and checks the API keys of enterprise systems. */
@Stateless
public class ApiKeyService {

    /** How stale lastUsedAt may get: recording every use would turn each API read into a write. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ApiKeyCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Creates a key; its token is in the result and nowhere else. The unique name is also enforced by the database. */
    public IssuedApiKey create(String name, Set<Role> roles, String createdBy) {
        return create(name, roles, null, createdBy);
    }

    /** Creates a key that acts as one agent (a bot, or an integration acting as a person), or as none (null). */
    public IssuedApiKey create(String name, Set<Role> roles, Long agentId, String createdBy) {
        if (!Role.isValidCombination(roles)) {
            throw new InvalidInputException("roles", Role.COMBINATION_RULE);
        }
        if (!em.createNamedQuery(ApiKey.BY_NAME, ApiKey.class)
                .setParameter("name", name)
                .getResultList()
                .isEmpty()) {
            throw ConflictException.onField("name", "an API key named '" + name + "' already exists");
        }
        if (agentId != null && em.find(Agent.class, agentId) == null) {
            throw new InvalidInputException("agentId", "agent " + agentId + " does not exist");
        }
        String token = ApiKeyTokens.generate(RANDOM);
        ApiKey key = new ApiKey(
                name,
                ApiKeyTokens.hash(token),
                ApiKeyTokens.shownPrefix(token),
                roles,
                agentId,
                createdBy,
                clock.instant());
        em.persist(key);
        // A concurrent twin surfaces here, as a unique-key violation the API answers with 409.
        em.flush();
        return new IssuedApiKey(key, token);
    }

    public List<ApiKey> list() {
        return em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
    }

    public ApiKey find(long id) {
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null) {
            throw new UnknownEntityException("API key", id);
        }
        return key;
    }

    /** Revokes a key at once; revoking a revoked key changes nothing. */
    public ApiKey revoke(long id) {
        ApiKey key = find(id);
        key.revoke(clock.instant());
        // At once on this instance: now, and again once committed (a request in between may have read it active).
        cache.keys().forget(id);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                cache.keys().forget(id);
            }
        });
        return key;
    }

    /**
     * The identity behind an active key's token, recording its use. A key verified within the last second answers
     * from this instance's cache without a database round trip (revoked elsewhere: refused within that second).
     */
    public Optional<ApiKeyIdentity> authenticate(String token) {
        if (!ApiKeyTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        String hash = ApiKeyTokens.hash(token);
        long now = System.nanoTime();
        Optional<ApiKeyIdentity> verified = cache.keys().get(hash, now);
        if (verified.isPresent()) {
            return verified;
        }
        long ticket = cache.keys().ticket();
        Optional<ApiKey> found = em.createNamedQuery(ApiKey.BY_TOKEN_HASH, ApiKey.class)
                .setParameter("tokenHash", hash)
                .getResultStream()
                .filter(ApiKey::isActive)
                .findFirst();
        found.ifPresent(this::recordUse);
        Optional<ApiKeyIdentity> identity =
                found.map(k -> new ApiKeyIdentity(k.getId(), k.getName(), Set.copyOf(k.getRoles()), k.getAgentId()));
        identity.ifPresent(i -> cache.keys().put(ticket, hash, i.id(), i, now));
        return identity;
    }

    /** The agent an active key acts as, by the key's name (its caller name without the prefix); empty when none. */
    public Optional<Long> boundAgent(String name) {
        return em.createNamedQuery(ApiKey.BY_NAME, ApiKey.class)
                .setParameter("name", name)
                .getResultStream()
                .filter(ApiKey::isActive)
                .findFirst()
                .map(ApiKey::getAgentId);
    }

    // A guarded bulk update: concurrent requests with one key never conflict on the entity's version.
    private void recordUse(ApiKey key) {
        Instant now = clock.instant();
        em.createQuery("update ApiKey k set k.lastUsedAt = :now where k.id = :id"
                        + " and (k.lastUsedAt is null or k.lastUsedAt < :staleBefore)")
                .setParameter("now", now)
                .setParameter("id", key.getId())
                .setParameter("staleBefore", now.minus(LAST_USE_RESOLUTION))
                .executeUpdate();
    }
}
