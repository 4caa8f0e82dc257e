package io.switchboard.workflows;

import io.switchboard.conditions.AttributeCatalogue;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.Conditions;
import io.switchboard.conditions.Rule;
import io.switchboard.conditions.RuleSet;
import io.switchboard.forms.Form;
import io.switchboard.forms.FormFieldService;
import io.switchboard.forms.FormService;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.JsonText;
import io.switchboard.platform.RevisionCache;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.routing.RouteService;
import io.switchboard.workflows.logic.Placeholders;
import io.switchboard.workflows.logic.WorkflowRules;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workflows: checked, stored and kept in order. Every change locks the workflow set's row and bumps its revision in
 * the same transaction (reorders apply one after the other; every instance recompiles). Conditions speak the routes'
 * condition language, checked against the same attribute catalogue.
 */
@Stateless
public class WorkflowService {

    static final int MAX_NAME = 200;

    /**
     * What runs today: the event triggers the engine announces, the time-based triggers (armed on the durable
     * deadlines), and the actions that change the conversation, write to the customer, fill its form or reach out
     * through the outbox (API calls, Slack, emails), and the surveys' trigger and action. Triggers and actions not
     * listed here are refused
     * by name until they run, rather than stored and silently never done.
     */
    public static final Set<TriggerType> RUNNING_TRIGGERS = EnumSet.of(
            TriggerType.CUSTOMER_REPLY_PENDING,
            TriggerType.AGENT_REPLY_PENDING,
            TriggerType.SOLVED_UNMODIFIED_FOR,
            TriggerType.SOLVED_FOR,
            TriggerType.WAITING_FOR,
            TriggerType.STATUS_CHANGED,
            TriggerType.QUEUE_CHANGED,
            TriggerType.TAG_CHANGED,
            TriggerType.NOTE_CREATED,
            TriggerType.AGENT_MESSAGE_SENT,
            TriggerType.INBOUND_MESSAGE_RECEIVED,
            TriggerType.FORM_CHANGED,
            TriggerType.FORM_FIELD_UPDATED,
            TriggerType.CHANNEL_CHANGED,
            TriggerType.CUSTOMER_CHANGED,
            TriggerType.SURVEY_FEEDBACK_RECEIVED);

    public static final Set<ActionType> RUNNING_ACTIONS = EnumSet.of(
            ActionType.SEND_MESSAGE,
            ActionType.ADD_TAGS,
            ActionType.REMOVE_TAGS,
            ActionType.SET_STATUS,
            ActionType.SET_PRIORITY,
            ActionType.UNASSIGN,
            ActionType.CLOSE,
            ActionType.CALL_API,
            ActionType.SLACK_MESSAGE,
            ActionType.POPULATE_FORM_FIELDS,
            ActionType.EMAIL_CUSTOMER,
            ActionType.EMAIL_RECIPIENT,
            ActionType.EMAIL_TRANSCRIPT,
            ActionType.NOTIFY_BY_EMAIL,
            ActionType.EMAIL_SURVEY);

    private static final Type TRIGGERS = listOf(WorkflowTrigger.class);
    private static final Type ACTIONS = listOf(WorkflowAction.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    RouteService routes;

    @Inject
    RevisionCache cache;

    @EJB
    FormService forms;

    @Inject
    WorkflowCache recent;

    @EJB
    FormFieldService formFields;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Every workflow in run order. */
    public List<Workflow> list() {
        return em.createNamedQuery(Workflow.ALL, Workflow.class).getResultList();
    }

    public Workflow find(long id) {
        Workflow workflow = em.find(Workflow.class, id);
        if (workflow == null) {
            throw new UnknownEntityException("workflow", id);
        }
        return workflow;
    }

    /** Adds a workflow at the end of the order. */
    public Workflow create(WorkflowDefinition definition) {
        String name = check(definition);
        lockAndBump();
        long count =
                em.createQuery("select count(w) from Workflow w", Long.class).getSingleResult();
        Workflow workflow = new Workflow(
                name,
                definition.enabled() == null || definition.enabled(),
                JsonText.write(definition.triggers()),
                definition.conditions(),
                JsonText.write(definition.actions()),
                (int) count + 1,
                clock.instant());
        em.persist(workflow);
        em.flush();
        return workflow;
    }

    /** Replaces name, triggers, conditions and actions (and the enabled flag when given). */
    public Workflow update(long id, WorkflowDefinition definition) {
        String name = check(definition);
        lockAndBump();
        Workflow workflow = find(id);
        Instant now = clock.instant();
        workflow.change(
                name,
                JsonText.write(definition.triggers()),
                definition.conditions(),
                JsonText.write(definition.actions()),
                now);
        if (definition.enabled() != null) {
            workflow.enable(definition.enabled(), now);
        }
        return workflow;
    }

    public Workflow enable(long id, boolean enabled) {
        lockAndBump();
        Workflow workflow = find(id);
        workflow.enable(enabled, clock.instant());
        return workflow;
    }

    /** Sends a workflow to a 1-based position (beyond the end: last) and renumbers all, under the set's lock. */
    public List<Workflow> move(long id, int position) {
        if (position < 1) {
            throw new InvalidInputException("position", "must be 1 or more");
        }
        lockAndBump();
        Workflow moved = find(id);
        List<Workflow> ordered = new ArrayList<>(list());
        ordered.remove(moved);
        ordered.add(Math.min(position, ordered.size() + 1) - 1, moved);
        renumber(ordered);
        return ordered;
    }

    public void delete(long id) {
        lockAndBump();
        Workflow workflow = find(id);
        em.remove(workflow);
        List<Workflow> rest = new ArrayList<>(list());
        rest.remove(workflow);
        renumber(rest);
    }

    public List<WorkflowTrigger> triggers(Workflow workflow) {
        return JsonText.read(workflow.getTriggers(), TRIGGERS);
    }

    public List<WorkflowAction> actions(Workflow workflow) {
        return JsonText.read(workflow.getActions(), ACTIONS);
    }

    /** The workflows in run order, compiled, from this instance's cache while none has changed. */
    public List<CompiledWorkflow> compiled() {
        long revision =
                em.createNamedQuery(WorkflowSetRevision.CURRENT, Long.class).getSingleResult();
        return cache.get(
                "workflows",
                revision,
                () -> list().stream()
                        .map(w -> new CompiledWorkflow(
                                w.getId(),
                                w.getName(),
                                w.isEnabled(),
                                triggers(w),
                                w.getConditions() == null
                                        ? null
                                        : RuleSet.compile(
                                                List.of(new Rule<>(
                                                        w.getId(), w.getName(), w.getConditions(), w.getId())),
                                                catalogue()),
                                actions(w)))
                        .toList());
    }

    /** What workflow conditions can test: routing's attributes, the workflow-only ones and every input field. */
    public AttributeCatalogue catalogue() {
        Map<Long, String> inputFields = new HashMap<>();
        formFields.list().forEach(f -> inputFields.put(f.getId(), f.getName()));
        return routes.catalogue().forWorkflows(inputFields);
    }

    /** What workflow conditions may name: routing's senders, queues and tags, and the forms. */
    public io.switchboard.conditions.Vocabulary vocabulary() {
        return routes.vocabulary()
                .withForms(forms.list().stream().map(Form::getId).collect(Collectors.toSet()));
    }

    private String check(WorkflowDefinition definition) {
        String name = definition.name() == null ? null : definition.name().trim();
        if (name != null && name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "must have at most " + MAX_NAME + " characters");
        }
        WorkflowRules.check(name, definition.triggers(), definition.actions());
        for (int i = 0; i < definition.triggers().size(); i++) {
            TriggerType type = definition.triggers().get(i).type();
            if (!RUNNING_TRIGGERS.contains(type)) {
                throw new InvalidInputException(
                        "triggers[" + i + "].type", "'" + type.label() + "' is not available yet");
            }
        }
        io.switchboard.conditions.Vocabulary vocabulary = vocabulary();
        for (int i = 0; i < definition.actions().size(); i++) {
            WorkflowAction action = definition.actions().get(i);
            if (!RUNNING_ACTIONS.contains(action.type())) {
                throw new InvalidInputException(
                        "actions[" + i + "].type", "'" + action.type().label() + "' is not available yet");
            }
            if (action.type() == ActionType.POPULATE_FORM_FIELDS) {
                checkFields("actions[" + i + "].fields", action);
            }
            if (action.fromSenderId() != null) {
                checkNoReplySender("actions[" + i + "].fromSenderId", action.fromSenderId());
            }
            for (int t = 0; t < action.tags().size(); t++) {
                if (!vocabulary.tagNames().contains(action.tags().get(t).toLowerCase(java.util.Locale.ROOT))) {
                    throw new InvalidInputException(
                            "actions[" + i + "].tags[" + t + "]",
                            "no tag is named '" + action.tags().get(t) + "'");
                }
            }
        }
        ConditionGroup conditions = definition.conditions();
        if (conditions != null) {
            Conditions.check(conditions, "conditions", catalogue(), vocabulary);
            WorkflowRules.attributesOnce(conditions, "conditions");
        }
        return name;
    }

    /**
     * Every field is an existing input field, and a value written without placeholders already fits its type (one with
     * placeholders is checked when it runs: a value that does not fit fails the action, with the reason recorded).
     */
    private void checkFields(String field, WorkflowAction action) {
        java.util.Map<Long, io.switchboard.forms.logic.FieldSpec> specs = forms.specsOf(
                action.fields().keySet().stream().map(Long::valueOf).toList());
        for (java.util.Map.Entry<String, String> value : action.fields().entrySet()) {
            String name = field + "." + value.getKey();
            io.switchboard.forms.logic.FieldSpec spec = specs.get(Long.valueOf(value.getKey()));
            if (spec == null) {
                throw new InvalidInputException(name, "no input field has the id " + value.getKey());
            }
            String text = value.getValue() == null ? "" : value.getValue();
            if (!text.isEmpty() && Placeholders.used(text).isEmpty()) {
                io.switchboard.forms.logic.FieldValues.normalize(spec, text, name);
            }
        }
    }

    /** A workflow's email goes out from an Email sender marked no-reply (guide: "manually set as a no-reply address"). */
    private void checkNoReplySender(String field, long senderId) {
        io.switchboard.channels.Sender sender = em.find(io.switchboard.channels.Sender.class, senderId);
        if (sender == null) {
            throw new InvalidInputException(field, "no sender has the id " + senderId);
        }
        if (sender.getChannel() != io.switchboard.channels.Channel.EMAIL || !sender.isNoReply()) {
            throw new InvalidInputException(
                    field, "sender " + sender.getAddress() + " is not an Email sender marked no-reply");
        }
    }

    private void lockAndBump() {
        em.find(WorkflowSetRevision.class, WorkflowSetRevision.ID, LockModeType.PESSIMISTIC_WRITE)
                .bump();
        recent.forget();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                recent.forget();
            }
        });
    }

    /** The compiled workflows as this instance read them within the last second ({@link WorkflowCache}). */
    public List<CompiledWorkflow> recentlyCompiled() {
        long now = System.nanoTime();
        List<CompiledWorkflow> known = recent.recent(now);
        if (known != null) {
            return known;
        }
        long ticket = recent.ticket();
        List<CompiledWorkflow> read = compiled();
        recent.put(ticket, read, now);
        return read;
    }

    private static void renumber(List<Workflow> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getOrdinal() != i + 1) {
                ordered.get(i).placeAt(i + 1);
            }
        }
    }

    private static Type listOf(Class<?> element) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
