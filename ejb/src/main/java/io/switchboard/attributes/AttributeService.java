package io.switchboard.attributes;

import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Revisions;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.users.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Definitions of custom attributes, which attributes are sensitive, and the masking that follows. */
@Stateless
public class AttributeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Revisions revisions;

    /** Defines a custom attribute, or records a standard one (to mark it sensitive); names are unique per owner. */
    public AttributeDefinition define(AttributeOwner owner, String name, AttributeType type, boolean sensitive) {
        // Form triggers are compiled against the attributes defined (kept per configuration revision).
        revisions.configurationChanged();
        if (owner == AttributeOwner.CONVERSATION && type == null) {
            // Metadata values are whatever JSON a bot leaves: only the key's sensitivity matters.
            type = AttributeType.TEXT;
        }
        if (!StandardAttributes.isStandard(owner, name) && type == null) {
            throw new InvalidInputException("type", "is required for a custom attribute");
        }
        if (definitions(owner).containsKey(name)) {
            throw ConflictException.onField("name", "the " + owner + " attribute '" + name + "' is already defined");
        }
        AttributeDefinition definition = new AttributeDefinition(owner, name, type, sensitive);
        em.persist(definition);
        em.flush();
        return definition;
    }

    public AttributeDefinition markSensitive(long id, boolean sensitive) {
        AttributeDefinition definition = em.find(AttributeDefinition.class, id);
        if (definition == null) {
            throw new UnknownEntityException("attribute", id);
        }
        definition.markSensitive(sensitive);
        return definition;
    }

    public List<AttributeDefinition> list() {
        return em.createNamedQuery(AttributeDefinition.ALL, AttributeDefinition.class)
                .getResultList();
    }

    /**
     * Checks custom values against their definitions: every name must be a defined custom attribute and every value
     * of its type. The field named in an error is {@code <field>[<name>]}.
     */
    public void checkCustomValues(AttributeOwner owner, String field, Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        Map<String, AttributeDefinition> defined = definitions(owner);
        values.forEach((name, value) -> {
            AttributeDefinition definition = defined.get(name);
            if (definition == null || definition.isStandard()) {
                throw new InvalidInputException(
                        field + "[" + name + "]",
                        "is not a defined custom " + owner.name().toLowerCase() + " attribute");
            }
            String problem = definition.getType().problemWith(value);
            if (problem != null) {
                throw new InvalidInputException(field + "[" + name + "]", problem);
            }
        });
    }

    /** The masking for a caller with these roles. */
    public Masking maskingFor(Collection<Role> roles) {
        if (!Masking.appliesTo(roles)) {
            return Masking.NONE;
        }
        List<AttributeDefinition> all = list();
        return new Masking(
                true,
                sensitiveNames(all, AttributeOwner.PERSON),
                sensitiveNames(all, AttributeOwner.COMPANY),
                sensitiveNames(all, AttributeOwner.CONVERSATION));
    }

    private static Set<String> sensitiveNames(List<AttributeDefinition> all, AttributeOwner owner) {
        return all.stream()
                .filter(d -> d.getOwner() == owner && d.isSensitive())
                .map(AttributeDefinition::getName)
                .collect(Collectors.toSet());
    }

    private Map<String, AttributeDefinition> definitions(AttributeOwner owner) {
        return em.createNamedQuery(AttributeDefinition.OF_OWNER, AttributeDefinition.class)
                .setParameter("owner", owner)
                .getResultStream()
                .collect(Collectors.toMap(AttributeDefinition::getName, d -> d));
    }
}
