package io.switchboard.forms;

import io.switchboard.conditions.Conditions;
import io.switchboard.conditions.Rule;
import io.switchboard.conditions.RuleSet;
import io.switchboard.conversations.Conversation;
import io.switchboard.forms.logic.FieldSpec;
import io.switchboard.forms.logic.FormLayout;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.RevisionCache;
import io.switchboard.platform.Revisions;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.routing.RouteService;
import io.switchboard.routing.Routing;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Conversation forms: their fields and conditions, the default form (exactly one once a form exists) and the
 * triggers, in routing's condition language, that give a conversation its form.
 */
@Stateless
public class FormService {

    @EJB
    io.switchboard.conversations.ConversationChanges changes;

    public static final int MAX_NAME = 100;

    @Inject
    Revisions revisions;

    @Inject
    RevisionCache cache;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    RouteService routes;

    @EJB
    Routing routing;

    /**
     * Creates a form. The first form is the default whatever the draft says, since one form always is; a later one
     * marked default takes over from the previous default.
     */
    public Form create(FormDraft draft) {
        revisions.configurationChanged();
        Checked checked = check(draft, null);
        Optional<Form> previous = defaultForm(true);
        Form form = new Form(checked.name(), draft.conditions(), checked.items(), clock.instant());
        boolean becomesDefault = previous.isEmpty() || Boolean.TRUE.equals(draft.isDefault());
        if (becomesDefault && previous.isPresent()) {
            previous.get().markDefault(false);
            em.flush();
        }
        form.markDefault(becomesDefault);
        em.persist(form);
        em.flush();
        return form;
    }

    /** Replaces a form's name, trigger and fields; values already filled in stay with their conversations. */
    public Form change(long id, FormDraft draft) {
        revisions.configurationChanged();
        Form form = find(id);
        Checked checked = check(draft, id);
        Instant now = clock.instant();
        if (Boolean.FALSE.equals(draft.isDefault()) && form.isDefault()) {
            throw new InvalidInputException(
                    "default", "one form is always the default: make another form the default instead");
        }
        if (Boolean.TRUE.equals(draft.isDefault()) && !form.isDefault()) {
            defaultForm(true).ifPresent(previous -> {
                previous.markDefault(false);
                em.flush();
            });
            form.markDefault(true);
        }
        form.change(checked.name(), draft.conditions(), checked.items(), now);
        em.flush();
        return form;
    }

    /** Deletes a form; conversations that had it fall back to the default form. The default goes last. */
    public void delete(long id) {
        revisions.configurationChanged();
        Form form = find(id);
        if (form.isDefault() && list().size() > 1) {
            throw new ConflictException(
                    "the form " + form.getName() + " is the default; make another form the default first");
        }
        em.createQuery("delete from ConversationForm c where c.formId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.remove(form);
    }

    public List<Form> list() {
        return em.createNamedQuery(Form.ALL, Form.class).getResultList();
    }

    public Form find(long id) {
        Form form = em.find(Form.class, id);
        if (form == null) {
            throw new UnknownEntityException("form", id);
        }
        return form;
    }

    /**
     * The form a conversation has now: the one its triggers assigned or a person chose, else the default; empty when
     * no form exists. Forms are assigned at moments (see {@link #assign}), so the form a list filters by is the form
     * the conversation shows.
     */
    public Optional<Form> formOf(Conversation conversation) {
        ConversationForm assigned = em.find(ConversationForm.class, conversation.getId());
        if (assigned != null) {
            return Optional.ofNullable(em.find(Form.class, assigned.getFormId()));
        }
        return defaultForm(false);
    }

    /**
     * The guide's moments of assignment: a conversation that starts, and one a bot or flow hands over, gets the first
     * form (oldest first) whose trigger holds; when none holds, the default form. In the caller's transaction, after
     * routing (triggers may name the queue). {@code started}: the conversation was created in this transaction, so
     * it has no form yet (saves the new conversation's path a lookup).
     */
    public void assign(Conversation conversation, boolean started) {
        Optional<RuleSet<Long>> triggers = triggers();
        Long matched = triggers.isEmpty()
                ? null
                : triggers.get().first(routing.factsOf(conversation), 0).yielded();
        if (started && matched == null) {
            return;
        }
        Long before = formOf(conversation).map(Form::getId).orElse(null);
        ConversationForm assigned = started ? null : em.find(ConversationForm.class, conversation.getId());
        if (matched == null) {
            if (assigned != null) {
                em.remove(assigned);
            }
        } else if (assigned == null) {
            em.persist(new ConversationForm(conversation.getId(), matched, false, clock.instant()));
        } else if (assigned.getFormId() != matched) {
            assigned.choose(matched, false, clock.instant());
        }
        // An automatic change of form is a change of form too (workflows' "form changed"), but only a real one.
        Long after = formOf(conversation).map(Form::getId).orElse(null);
        if (!java.util.Objects.equals(before, after)) {
            changes.formChanged(conversation, true, false, clock.instant());
        }
    }

    /** The form's places as the form rules see them. */
    /**
     * The forms with a trigger, their conditions compiled in form order: from what this instance derived under the
     * configuration's revision (empty when no form has one, so a new conversation then reads nothing here).
     */
    private Optional<RuleSet<Long>> triggers() {
        long revision = revisions.current().configuration();
        return cache.get("form-triggers", revision, () -> {
            List<Rule<Long>> rules = em
                    .createNamedQuery(Form.TRIGGERED, Form.class)
                    .setFlushMode(revision == RevisionCache.UNCACHED ? FlushModeType.AUTO : FlushModeType.COMMIT)
                    .getResultList()
                    .stream()
                    .map(f -> new Rule<>(f.getId(), f.getName(), f.getConditions(), f.getId()))
                    .toList();
            return rules.isEmpty() ? Optional.empty() : Optional.of(RuleSet.compile(rules, routes.catalogue()));
        });
    }

    public static List<FormLayout.Place> places(Form form) {
        return form.getItems().stream()
                .map(i -> new FormLayout.Place(i.getFieldId(), i.isMandatory(), i.getWhenFieldId(), i.getWhenValue()))
                .toList();
    }

    /** The fields with these ids as the form rules see them (unknown ids are left out). */
    public Map<Long, FieldSpec> specsOf(Collection<Long> ids) {
        Map<Long, FieldSpec> specs = new HashMap<>();
        if (ids.isEmpty()) {
            return specs;
        }
        em.createQuery("select f from FormField f where f.id in :ids", FormField.class)
                .setParameter("ids", new HashSet<>(ids))
                .getResultList()
                .forEach(f -> specs.put(f.getId(), FormFieldService.spec(f)));
        return specs;
    }

    private Optional<Form> defaultForm(boolean locked) {
        return em.createNamedQuery(Form.DEFAULT, Form.class)
                .setLockMode(locked ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream()
                .findFirst();
    }

    private record Checked(String name, List<FormItem> items) {}

    private Checked check(FormDraft draft, Long self) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        String name = draft.name().trim();
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "must have at most " + MAX_NAME + " characters");
        }
        Set<Long> ids = new HashSet<>();
        draft.places().forEach(p -> {
            ids.add(p.fieldId());
            if (p.whenFieldId() != null) {
                ids.add(p.whenFieldId());
            }
        });
        List<FormLayout.Place> places = FormLayout.check(draft.places(), specsOf(ids));
        if (draft.conditions() != null) {
            Conditions.check(draft.conditions(), "conditions", routes.catalogue(), routes.vocabulary());
        }
        em.createNamedQuery(Form.BY_NAME, Form.class)
                .setParameter("name", name)
                .getResultStream()
                .filter(other -> !other.getId().equals(self))
                .findFirst()
                .ifPresent(other -> {
                    throw ConflictException.onField("name", "a form named '" + name + "' exists");
                });
        List<FormItem> items = new ArrayList<>();
        for (FormLayout.Place place : places) {
            items.add(new FormItem(place.fieldId(), place.mandatory(), place.whenFieldId(), place.whenValue()));
        }
        return new Checked(name, items);
    }
}
