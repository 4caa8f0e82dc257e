package io.switchboard.users;

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
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in to the admin or the API. Invariants: the username is unique and never changes; the
 * password is only ever stored as a PBKDF2 hash; the roles are a valid combination ({@link Role#isValidCombination}).
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.username = :username")
public class User {

    public static final String BY_USERNAME = "User.byUsername";

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, updatable = false, unique = true)
    private String username;

    @NotBlank
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Size(max = 200)
    @Column(name = "display_name")
    private String displayName;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected User() {}

    public User(String username, String passwordHash, String displayName, Collection<Role> roles, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.displayName = displayName;
        this.enabled = true;
        this.roles = requireValid(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    private static Set<Role> requireValid(Collection<Role> roles) {
        if (!Role.isValidCombination(roles) || !roles.stream().allMatch(Role::isForPeople)) {
            throw new IllegalArgumentException("invalid role combination " + roles);
        }
        return Role.copyOf(roles);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void describe(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public void changeRoles(Collection<Role> newRoles) {
        this.roles = requireValid(newRoles);
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
