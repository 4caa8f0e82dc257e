package io.switchboard.macros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A macro tag: groups macros so agents find them faster ("Escalation macros", "Gold customer macros"); unrelated to
 * the tags put on conversations. Names are unique.
 */
@Entity
@Table(name = "macro_tag")
@NamedQuery(name = MacroTag.ALL, query = "select t from MacroTag t order by t.name")
@NamedQuery(name = MacroTag.BY_NAME, query = "select t from MacroTag t where t.name = :name")
public class MacroTag {

    public static final String ALL = "MacroTag.all";
    public static final String BY_NAME = "MacroTag.byName";

    @Id
    @SequenceGenerator(name = "macro_tag_seq", sequenceName = "macro_tag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "macro_tag_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MacroTag() {}

    public MacroTag(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
