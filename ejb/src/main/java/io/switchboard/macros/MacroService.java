package io.switchboard.macros;

import io.switchboard.agents.Agent;
import io.switchboard.channels.Sender;
import io.switchboard.forms.Form;
import io.switchboard.forms.FormItem;
import io.switchboard.forms.FormService;
import io.switchboard.forms.logic.FieldSpec;
import io.switchboard.forms.logic.FieldValues;
import io.switchboard.macros.logic.MacroOrder;
import io.switchboard.macros.logic.MacroRules;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.JsonText;
import io.switchboard.platform.Page;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.tags.TagService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Macros: supervisors define them (checked by {@link MacroRules}, every form, field, tag, agent and queue they name
 * must exist), agents find the ones available to them. Applying one is the conversation lifecycle's job.
 */
@Stateless
public class MacroService {

    /** The list's orders, as the guide names them: name A–Z, Z–A, date created newer or older first. */
    public enum Order {
        NAME_ASC,
        NAME_DESC,
        NEWEST,
        OLDEST
    }

    /**
     * What a list shows: {@code search} in names, descriptions and macro tag names; {@code tagId} one macro tag;
     * {@code queueIds} only macros available in one of these queues (null: every macro); {@code active} only active
     * (true) or inactive (false) macros (null: both).
     */
    public record Query(String search, Long tagId, Set<Long> queueIds, Order order, Boolean active) {

        public Query(String search, Long tagId, Set<Long> queueIds, Order order) {
            this(search, tagId, queueIds, order, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    MacroTagService macroTags;

    @EJB
    QueueService queues;

    @EJB
    FormService forms;

    @EJB
    TagService tags;

    public Macro create(MacroDefinition definition) {
        Instant now = clock.instant();
        Macro macro =
                new Macro(definition.name() == null ? "" : definition.name().strip(), now);
        define(macro, definition, now);
        em.persist(macro);
        em.flush();
        return macro;
    }

    public Macro update(long id, MacroDefinition definition) {
        Macro macro = find(id);
        define(macro, definition, clock.instant());
        em.flush();
        return macro;
    }

    /** A copy named "… (copy)" (or "… (copy 2)" and on) with the same settings, tags and actions. */
    public Macro duplicate(long id) {
        Macro original = find(id);
        String name = original.getName() + " (copy)";
        for (int n = 2; byName(name) != null; n++) {
            name = original.getName() + " (copy " + n + ")";
        }
        Instant now = clock.instant();
        Macro copy = new Macro(name, now);
        copy.define(
                name,
                original.getDescription(),
                original.getAvailability(),
                original.isActive(),
                original.getQueues(),
                original.getTags(),
                original.getActions(),
                now);
        em.persist(copy);
        em.flush();
        return copy;
    }

    public void delete(long id) {
        em.remove(find(id));
    }

    public Macro find(long id) {
        Macro macro = em.find(Macro.class, id);
        if (macro == null) {
            throw new UnknownEntityException("macro", id);
        }
        return macro;
    }

    public List<Macro> list(Query query) {
        String search = query.search() == null ? "" : query.search().strip().toLowerCase(Locale.ROOT);
        Comparator<Macro> byName = Comparator.comparing(m -> m.getName().toLowerCase(Locale.ROOT));
        Comparator<Macro> order = switch (query.order() == null ? Order.NAME_ASC : query.order()) {
            case NAME_ASC -> byName;
            case NAME_DESC -> byName.reversed();
            case NEWEST -> Comparator.comparing(Macro::getCreatedAt).reversed();
            case OLDEST -> Comparator.comparing(Macro::getCreatedAt);
        };
        return em.createNamedQuery(Macro.ALL, Macro.class).getResultList().stream()
                .filter(m -> query.tagId() == null
                        || m.getTags().stream().anyMatch(t -> t.getId().equals(query.tagId())))
                .filter(m ->
                        query.queueIds() == null || query.queueIds().stream().anyMatch(m::isAvailableIn))
                .filter(m -> query.active() == null || m.isActive() == query.active())
                .filter(m -> search.isEmpty() || matches(m, search))
                .sorted(order.thenComparing(Macro::getId))
                .toList();
    }

    /**
     * One page of the list ({@code page} from 0). The filters run in memory over every macro: an account has tens or
     * hundreds of them, and the search reaches into macro tags and availability.
     */
    public Page<Macro> page(Query query, int page, int size) {
        List<Macro> all = list(query);
        int from = (int) Math.min((long) page * size, all.size());
        return new Page<>(List.copyOf(all.subList(from, Math.min(from + size, all.size()))), page, size, all.size());
    }

    /** The actions in run order. */
    public List<MacroAction> actions(Macro macro) {
        return macro.getActions().stream()
                .map(row -> JsonText.<MacroAction>read(row.getSettings(), MacroAction.class))
                .toList();
    }

    /** The editor's warnings about an order that cannot succeed (Solved before a mandatory field is filled). */
    public List<MacroOrder.Warning> warnings(List<MacroAction> actions) {
        Set<Long> mandatory = new HashSet<>();
        for (Form form : forms.list()) {
            form.getItems().stream()
                    .filter(FormItem::isMandatory)
                    .map(FormItem::getFieldId)
                    .forEach(mandatory::add);
        }
        return MacroOrder.warnings(actions, mandatory);
    }

    private void define(Macro macro, MacroDefinition definition, Instant now) {
        MacroRules.check(definition);
        String name = definition.name().strip();
        Macro other = byName(name);
        if (other != null && !other.getId().equals(macro.getId())) {
            throw ConflictException.onField("name", "a macro named '" + name + "' exists");
        }
        List<Queue> chosenQueues = new ArrayList<>();
        for (int i = 0; i < definition.queueIds().size(); i++) {
            long queueId = definition.queueIds().get(i);
            String field = "queueIds[" + i + "]";
            chosenQueues.add(queues.findInUse(queueId)
                    .orElseThrow(() -> new InvalidInputException(field, "no queue has the id " + queueId)));
        }
        List<MacroTag> chosenTags = new ArrayList<>();
        for (int i = 0; i < definition.tagIds().size(); i++) {
            long tagId = definition.tagIds().get(i);
            MacroTag tag = em.find(MacroTag.class, tagId);
            if (tag == null) {
                throw new InvalidInputException("tagIds[" + i + "]", "no macro tag has the id " + tagId);
            }
            chosenTags.add(tag);
        }
        List<MacroActionRow> rows = new ArrayList<>();
        for (int i = 0; i < definition.actions().size(); i++) {
            MacroAction action =
                    resolved("actions[" + i + "]", definition.actions().get(i));
            rows.add(new MacroActionRow(action.type(), JsonText.write(action)));
        }
        String description =
                definition.description() == null || definition.description().isBlank()
                        ? null
                        : definition.description().strip();
        macro.define(
                name,
                description,
                definition.availability(),
                Macro.ACTIVE.equals(definition.status()),
                chosenQueues,
                chosenTags,
                rows,
                now);
    }

    /** Checks that what the action names exists; form values come back in their field's normal form. */
    private MacroAction resolved(String field, MacroAction action) {
        switch (action.kind()) {
            case SET_FORM -> {
                if (forms.list().stream().noneMatch(f -> f.getId().equals(action.formId()))) {
                    throw new InvalidInputException(field + ".formId", "no form has the id " + action.formId());
                }
            }
            case SET_FORM_FIELDS -> {
                Map<Long, String> byId = new LinkedHashMap<>();
                action.values().forEach((key, value) -> byId.put(Long.parseLong(key), value));
                Map<Long, FieldSpec> specs = forms.specsOf(byId.keySet());
                Map<String, String> normal = new LinkedHashMap<>();
                for (Map.Entry<Long, String> entry : byId.entrySet()) {
                    String place = field + ".values." + entry.getKey();
                    FieldSpec spec = specs.get(entry.getKey());
                    if (spec == null) {
                        throw new InvalidInputException(place, "no input field has the id " + entry.getKey());
                    }
                    normal.put(
                            String.valueOf(entry.getKey()),
                            entry.getValue().isEmpty() ? "" : FieldValues.normalize(spec, entry.getValue(), place));
                }
                return MacroAction.formFields(normal);
            }
            case ADD_TAGS -> {
                for (int i = 0; i < action.tags().size(); i++) {
                    String tag = action.tags().get(i).strip();
                    if (tags.findByName(tag).isEmpty()) {
                        throw new InvalidInputException(field + ".tags[" + i + "]", "no tag is named '" + tag + "'");
                    }
                }
            }
            case ASSIGN_AGENT -> {
                Agent agent = em.find(Agent.class, action.agentId());
                if (agent == null) {
                    throw new InvalidInputException(field + ".agentId", "no agent has the id " + action.agentId());
                }
            }
            case SET_QUEUE -> {
                if (queues.findInUse(action.queueId()).isEmpty()) {
                    throw new InvalidInputException(field + ".queueId", "no queue has the id " + action.queueId());
                }
            }
            case FILL_RECIPIENT -> {
                Sender sender = em.find(Sender.class, action.senderId());
                if (sender == null) {
                    throw new InvalidInputException(field + ".senderId", "no sender has the id " + action.senderId());
                }
                if (!sender.getChannel().name().equals(action.channel())) {
                    throw new InvalidInputException(
                            field + ".senderId",
                            "the sender " + sender.getAddress() + " is on " + sender.getChannel() + ", not "
                                    + action.channel());
                }
            }
            default -> {
                // Status, priority, templates and the topic are fully checked by MacroRules.
            }
        }
        return action;
    }

    private Macro byName(String name) {
        return em.createNamedQuery(Macro.BY_NAME, Macro.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static boolean matches(Macro macro, String search) {
        return macro.getName().toLowerCase(Locale.ROOT).contains(search)
                || (macro.getDescription() != null
                        && macro.getDescription().toLowerCase(Locale.ROOT).contains(search))
                || macro.getTags().stream()
                        .anyMatch(t -> t.getName().toLowerCase(Locale.ROOT).contains(search));
    }
}
