package io.switchboard.attributes;

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
import java.util.Objects;

/**
 * An attribute of people or companies: a custom one (with its type), or a standard one recorded to mark it sensitive.
 * Sensitive values are masked for agents. Names are unique per owner; custom names never shadow standard ones.
 */
@Entity
@Table(name = "attribute_definition")
@NamedQuery(name = AttributeDefinition.ALL, query = "select d from AttributeDefinition d order by d.owner, d.name")
@NamedQuery(
        name = AttributeDefinition.OF_OWNER,
        query = "select d from AttributeDefinition d where d.owner = :owner order by d.name")
public class AttributeDefinition {

    public static final String ALL = "AttributeDefinition.all";
    public static final String OF_OWNER = "AttributeDefinition.ofOwner";

    @Id
    @SequenceGenerator(
            name = "attribute_definition_seq",
            sequenceName = "attribute_definition_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attribute_definition_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AttributeOwner owner;

    @Column(nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_type", nullable = false, updatable = false)
    private AttributeType type;

    @Column(nullable = false, updatable = false)
    private boolean standard;

    @Column(nullable = false)
    private boolean sensitive;

    @Version
    private long version;

    protected AttributeDefinition() {}

    public AttributeDefinition(AttributeOwner owner, String name, AttributeType type, boolean sensitive) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Objects.requireNonNull(name, "name");
        this.standard = StandardAttributes.isStandard(owner, name);
        this.type = standard ? AttributeType.TEXT : Objects.requireNonNull(type, "type");
        this.sensitive = sensitive;
    }

    public void markSensitive(boolean newSensitive) {
        this.sensitive = newSensitive;
    }

    public Long getId() {
        return id;
    }

    public AttributeOwner getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public AttributeType getType() {
        return type;
    }

    public boolean isStandard() {
        return standard;
    }

    public boolean isSensitive() {
        return sensitive;
    }
}
