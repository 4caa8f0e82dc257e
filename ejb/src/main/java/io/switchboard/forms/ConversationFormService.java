package io.switchboard.forms;

import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.forms.logic.FieldSpec;
import io.switchboard.forms.logic.FieldValues;
import io.switchboard.forms.logic.FormLayout;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A conversation's form and the values filled in. Values belong to the conversation, whatever its form: a field
 * taken off the form, or another form chosen, hides values and loses none. Mandatory fields the form shows and that
 * are empty block Solved and Closed through {@link ConversationChanges} (see {@link FormsInConversations}).
 */
@Stateless
public class ConversationFormService {

    /** The guide's limit of input fields one conversation may hold. */
    public static final int MAX_VALUES_PER_CONVERSATION = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    FormService forms;

    @EJB
    ConversationChanges changes;

    /** The conversation's form, the fields it shows and all its values. */
    public ConversationFormState state(long conversationId) {
        return state(conversation(conversationId, false));
    }

    /**
     * Chooses the form (when {@code formId} is given) and stores values by field id in text form: each checked
     * against its field's type and kept in normal form; an empty value clears the field. All or nothing.
     */
    public ConversationFormState fill(long conversationId, Long formId, Map<String, String> values) {
        Conversation conversation = conversation(conversationId, true);
        if (conversation.isClosed()) {
            throw new ConflictException(
                    "conversation " + conversationId + " is closed; closed conversations are final");
        }
        Instant now = clock.instant();
        boolean formChosen = false;
        boolean valuesWritten = false;
        if (formId != null) {
            Form form = em.find(Form.class, formId);
            if (form == null) {
                throw new InvalidInputException("formId", "no form has the id " + formId);
            }
            ConversationForm chosen = em.find(ConversationForm.class, conversationId);
            if (chosen == null) {
                // Choosing the form that applied by default already is no change of form.
                formChosen =
                        forms.formOf(conversation).map(f -> f.getId() != formId).orElse(true);
                em.persist(new ConversationForm(conversationId, formId, true, now));
            } else if (chosen.getFormId() != formId || !chosen.isByPerson()) {
                // Taking over the form the triggers assigned is a choice, not a change of form.
                formChosen = chosen.getFormId() != formId;
                chosen.choose(formId, true, now);
            }
        }
        Map<Long, String> wanted = parse(values == null ? Map.of() : values);
        Map<Long, FieldSpec> specs = forms.specsOf(wanted.keySet());
        Map<Long, FormValue> stored = storedValues(conversationId);
        Set<Long> kept = new HashSet<>(stored.keySet());
        Map<Long, String> normal = new LinkedHashMap<>();
        for (Map.Entry<Long, String> entry : wanted.entrySet()) {
            String field = "values." + entry.getKey();
            FieldSpec spec = specs.get(entry.getKey());
            if (spec == null) {
                throw new InvalidInputException(field, "no input field has the id " + entry.getKey());
            }
            if (entry.getValue().isEmpty()) {
                normal.put(entry.getKey(), "");
                kept.remove(entry.getKey());
            } else {
                normal.put(entry.getKey(), FieldValues.normalize(spec, entry.getValue(), field));
                kept.add(entry.getKey());
            }
        }
        if (kept.size() > MAX_VALUES_PER_CONVERSATION) {
            throw new InvalidInputException(
                    "values",
                    "a conversation holds at most " + MAX_VALUES_PER_CONVERSATION + " field values; this would make "
                            + kept.size());
        }
        for (Map.Entry<Long, String> entry : normal.entrySet()) {
            FormValue value = stored.get(entry.getKey());
            if (entry.getValue().isEmpty()) {
                if (value != null) {
                    em.remove(value);
                    valuesWritten = true;
                }
            } else if (value == null) {
                em.persist(new FormValue(conversationId, entry.getKey(), entry.getValue(), now));
                valuesWritten = true;
            } else if (!value.getValue().equals(entry.getValue())) {
                value.change(entry.getValue(), now);
                valuesWritten = true;
            }
        }
        if (formChosen || valuesWritten) {
            em.flush();
            changes.formChanged(conversation, formChosen, valuesWritten, now);
        }
        return state(conversation);
    }

    /** Refuses Solved and Closed while mandatory fields the form shows are empty (409 naming them). */
    public void checkStatusChange(Conversation conversation, ConversationStatus to) {
        if (to != ConversationStatus.SOLVED && to != ConversationStatus.CLOSED) {
            return;
        }
        ConversationFormState state = state(conversation);
        if (state.missing().isEmpty()) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (long id : state.missing()) {
            fields.put(
                    "values." + id,
                    state.fields().get(id).name() + " is mandatory on the form "
                            + state.form().getName());
        }
        throw new ConflictException(
                "fill in the mandatory fields of the form " + state.form().getName() + " before "
                        + (to == ConversationStatus.SOLVED ? "Solved" : "Closed") + ": "
                        + String.join(
                                ", ",
                                state.missing().stream()
                                        .map(id -> state.fields().get(id).name())
                                        .toList()),
                fields);
    }

    /** The merging conversation's values join the target's where the target has none for that field. */
    public void merge(Conversation source, Conversation target, Instant at) {
        Map<Long, FormValue> theirs = storedValues(source.getId());
        Map<Long, FormValue> ours = storedValues(target.getId());
        int room = MAX_VALUES_PER_CONVERSATION - ours.size();
        for (FormValue value : theirs.values()) {
            if (room <= 0) {
                break;
            }
            if (!ours.containsKey(value.getFieldId())) {
                em.persist(new FormValue(target.getId(), value.getFieldId(), value.getValue(), at));
                room--;
            }
        }
    }

    private ConversationFormState state(Conversation conversation) {
        Optional<Form> form = forms.formOf(conversation);
        ConversationForm assigned = em.find(ConversationForm.class, conversation.getId());
        boolean chosen = assigned != null && assigned.isByPerson();
        Map<Long, String> values = new TreeMap<>();
        storedValues(conversation.getId()).forEach((id, v) -> values.put(id, v.getValue()));
        if (form.isEmpty()) {
            return new ConversationFormState(
                    null, chosen, List.of(), values, forms.specsOf(values.keySet()), List.of());
        }
        List<FormLayout.Place> places = FormService.places(form.get());
        Set<Long> ids = new HashSet<>(values.keySet());
        places.forEach(p -> ids.add(p.fieldId()));
        Map<Long, FieldSpec> specs = forms.specsOf(ids);
        return new ConversationFormState(
                form.get(),
                chosen,
                FormLayout.shown(places, values),
                values,
                specs,
                FormLayout.missing(places, values, specs));
    }

    private Map<Long, FormValue> storedValues(long conversationId) {
        Map<Long, FormValue> stored = new LinkedHashMap<>();
        em.createNamedQuery(FormValue.OF_CONVERSATION, FormValue.class)
                .setParameter("conversationId", conversationId)
                .getResultList()
                .forEach(v -> stored.put(v.getFieldId(), v));
        return stored;
    }

    private Conversation conversation(long id, boolean locked) {
        Conversation conversation = locked
                ? em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Conversation.class, id);
        if (conversation == null) {
            throw new UnknownEntityException("conversation", id);
        }
        return conversation;
    }

    /** Field ids are the keys, as JSON objects spell them: "7". */
    private static Map<Long, String> parse(Map<String, String> values) {
        Map<Long, String> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            if (!key.matches("[1-9][0-9]{0,17}")) {
                throw new InvalidInputException("values." + key, "is not an input field's id");
            }
            if (entry.getValue() == null) {
                throw new InvalidInputException("values." + key, "must be text; an empty text clears the field");
            }
            parsed.put(Long.parseLong(key), entry.getValue());
        }
        return parsed;
    }
}
