package io.switchboard.forms;

import io.switchboard.forms.logic.FieldRules;
import io.switchboard.forms.logic.FieldSpec;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Input fields of conversation forms: supervisors define them; forms place them; conversations hold their values. */
@Stateless
public class FormFieldService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Defines a field; 400 naming the field at fault, 409 for a taken name or a full account. */
    public FormField create(String name, FieldType type, String pattern, List<String> options) {
        FieldRules.Definition definition = FieldRules.check(name, type, pattern, options);
        FieldRules.checkRoomForOneMore(
                em.createNamedQuery(FormField.COUNT, Long.class).getSingleResult());
        refuseTakenName(definition.name(), null);
        FormField field = new FormField(
                definition.name(), definition.type(), definition.pattern(), definition.options(), clock.instant());
        em.persist(field);
        em.flush();
        return field;
    }

    public List<FormField> list() {
        return em.createNamedQuery(FormField.ALL, FormField.class).getResultList();
    }

    public FormField find(long id) {
        FormField field = em.find(FormField.class, id);
        if (field == null) {
            throw new UnknownEntityException("form field", id);
        }
        return field;
    }

    /**
     * Renames a field and replaces its pattern or options; the type stays (stored values keep fitting it). Values
     * stored before keep their text even where a new pattern or option list would refuse them now.
     */
    public FormField change(long id, String name, FieldType type, String pattern, List<String> options) {
        FormField field = find(id);
        if (type != null && type != field.getType()) {
            throw new InvalidInputException(
                    "type", "stays " + field.getType() + ": define a new field for another type");
        }
        FieldRules.Definition definition = FieldRules.check(name, field.getType(), pattern, options);
        refuseTakenName(definition.name(), id);
        field.change(definition.name(), definition.pattern(), definition.options());
        em.flush();
        return field;
    }

    /** Deletes a field with every conversation's value of it; refused (409) while a form places it. */
    public void delete(long id) {
        FormField field = find(id);
        List<String> forms = em.createQuery(
                        "select distinct f.name from Form f join f.items i"
                                + " where i.fieldId = :id or i.whenFieldId = :id order by f.name",
                        String.class)
                .setParameter("id", id)
                .getResultList();
        if (!forms.isEmpty()) {
            throw new ConflictException("the field " + field.getName() + " is on the forms " + String.join(", ", forms)
                    + "; take it off them first");
        }
        em.createNamedQuery(FormValue.DELETE_OF_FIELD)
                .setParameter("fieldId", id)
                .executeUpdate();
        em.remove(field);
    }

    /** Every field as the form rules see it, by id. */
    public Map<Long, FieldSpec> specs() {
        Map<Long, FieldSpec> specs = new HashMap<>();
        for (FormField field : list()) {
            specs.put(field.getId(), spec(field));
        }
        return specs;
    }

    public static FieldSpec spec(FormField field) {
        return new FieldSpec(field.getId(), field.getName(), field.getType(), field.getPattern(), field.getOptions());
    }

    private void refuseTakenName(String name, Long self) {
        Optional<FormField> other = em.createNamedQuery(FormField.BY_NAME, FormField.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
        if (other.isPresent() && !other.get().getId().equals(self)) {
            throw ConflictException.onField("name", "an input field named '" + name + "' exists");
        }
    }
}
