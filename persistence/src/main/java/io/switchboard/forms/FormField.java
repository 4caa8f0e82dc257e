package io.switchboard.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An input field that forms place and conversations fill. Invariants (checked by the service before it is stored):
 * the name is unique, a REGEX field has a pattern that compiles, a DROPDOWN field has options, and other types have
 * neither. The type never changes, so stored values always fit it.
 */
@Entity
@Table(name = "form_field")
@NamedQuery(name = FormField.ALL, query = "select f from FormField f order by f.name")
@NamedQuery(name = FormField.BY_NAME, query = "select f from FormField f where f.name = :name")
@NamedQuery(name = FormField.COUNT, query = "select count(f) from FormField f")
public class FormField {

    public static final String ALL = "FormField.all";
    public static final String BY_NAME = "FormField.byName";
    public static final String COUNT = "FormField.count";

    @Id
    @SequenceGenerator(name = "form_field_seq", sequenceName = "form_field_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_field_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FieldType type;

    private String pattern;

    private String options;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FormField() {}

    public FormField(String name, FieldType type, String pattern, List<String> options, Instant createdAt) {
        this.type = Objects.requireNonNull(type, "type");
        this.createdAt = createdAt;
        change(name, pattern, options);
    }

    /** Renames the field and replaces its pattern or options (checked by the caller against its type). */
    public void change(String newName, String newPattern, List<String> newOptions) {
        this.name = Objects.requireNonNull(newName, "name");
        this.pattern = newPattern;
        this.options = newOptions == null || newOptions.isEmpty() ? null : String.join("\n", newOptions);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public FieldType getType() {
        return type;
    }

    public String getPattern() {
        return pattern;
    }

    /** The dropdown's options in order, levels joined by ": "; empty for other types. */
    public List<String> getOptions() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
