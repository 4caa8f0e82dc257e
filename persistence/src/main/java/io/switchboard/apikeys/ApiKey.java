package io.switchboard.apikeys;

import io.switchboard.users.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A bearer token an enterprise system (gateway, bot, CRM) uses to call the API with chosen roles.
 * Invariants: only the SHA-256 hash of the token is stored (the token is shown once, at creation);
 * a revoked key never authenticates again; the name is unique. A key bound to an agent (a bot, or an integration
 * acting as a person) acts as that agent only: its x-agent-id can name no other, and it reaches that agent's work.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_TOKEN_HASH, query = "select k from ApiKey k where k.tokenHash = :tokenHash")
@NamedQuery(name = ApiKey.BY_NAME, query = "select k from ApiKey k where k.name = :name")
@NamedQuery(name = ApiKey.ALL, query = "select k from ApiKey k order by k.createdAt desc, k.id desc")
public class ApiKey {

    public static final String BY_TOKEN_HASH = "ApiKey.byTokenHash";
    public static final String BY_NAME = "ApiKey.byName";
    public static final String ALL = "ApiKey.all";

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, updatable = false)
    private String tokenPrefix;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_role", joinColumns = @JoinColumn(name = "api_key_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles;

    @Column(name = "agent_id", updatable = false)
    private Long agentId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiKey() {}

    public ApiKey(
            String name,
            String tokenHash,
            String tokenPrefix,
            Collection<Role> roles,
            Long agentId,
            String createdBy,
            Instant createdAt) {
        if (!Role.isValidCombination(roles)) {
            throw new IllegalArgumentException("invalid role combination " + roles);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.tokenPrefix = Objects.requireNonNull(tokenPrefix, "tokenPrefix");
        this.roles = EnumSet.copyOf(roles);
        this.agentId = agentId;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Revokes the key; revoking twice keeps the first time. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    /** The agent this key acts as, or null when it acts as no one in particular. */
    public Long getAgentId() {
        return agentId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
