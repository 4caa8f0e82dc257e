package io.switchboard.tags;

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

/** A conversation tag that supervisors define and agents put on conversations; names are unique. */
@Entity
@Table(name = "tag")
@NamedQuery(name = Tag.ALL, query = "select t from Tag t order by t.name")
@NamedQuery(name = Tag.BY_NAME, query = "select t from Tag t where t.name = :name")
public class Tag {

    public static final String ALL = "Tag.all";
    public static final String BY_NAME = "Tag.byName";

    @Id
    @SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Tag() {}

    public Tag(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.createdAt = createdAt;
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
