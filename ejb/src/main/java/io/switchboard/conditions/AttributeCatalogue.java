package io.switchboard.conditions;

import static io.switchboard.conditions.Operator.AFTER;
import static io.switchboard.conditions.Operator.AFTER_OR_ON;
import static io.switchboard.conditions.Operator.BEFORE;
import static io.switchboard.conditions.Operator.BEFORE_OR_ON;
import static io.switchboard.conditions.Operator.CONTAINS;
import static io.switchboard.conditions.Operator.DOES_NOT_CONTAIN;
import static io.switchboard.conditions.Operator.GREATER_THAN;
import static io.switchboard.conditions.Operator.IN_LIST;
import static io.switchboard.conditions.Operator.IS;
import static io.switchboard.conditions.Operator.IS_NOT;
import static io.switchboard.conditions.Operator.NOT_IN_LIST;
import static io.switchboard.conditions.Operator.STARTS_WITH;

import io.switchboard.attributes.AttributeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes conditions can test (the guide's routing table; SLA policies test the same) with their operators,
 * plus the custom person and company attributes defined at the time. Keys: {@code conversation.*}, {@code person.*},
 * {@code person.custom.<name>}, {@code company.*}, {@code company.custom.<name>}, {@code apple.*}, {@code email.*},
 * {@code custom.<name>} (data passed with the message, such as IVR inputs) and {@code senderQueues}.
 *
 * <p>Workflows test more: the guide's workflow conditions about where the conversation stands (queue, status, form,
 * assignee: {@code conversation.*}, {@code agent.*}) and the values of its form fields ({@code form.field.<id>}).
 * Those are {@link Attribute#workflowOnly()}: only a catalogue made {@link #forWorkflows} knows them, so routes, SLA
 * policies and form triggers neither offer nor accept them.
 */
public final class AttributeCatalogue {

    public static final String PERSON_CUSTOM = "person.custom.";
    public static final String COMPANY_CUSTOM = "company.custom.";
    public static final String MESSAGE_CUSTOM = "custom.";
    public static final String FORM_FIELD = "form.field.";

    static final Set<Operator> TEXT_OPERATORS = EnumSet.of(IS, IS_NOT, CONTAINS, STARTS_WITH);
    static final Set<Operator> EQUALITY = EnumSet.of(IS, IS_NOT);
    static final Set<Operator> CONTAINMENT = EnumSet.of(CONTAINS, DOES_NOT_CONTAIN);
    static final Set<Operator> MEMBERSHIP = EnumSet.of(IN_LIST, NOT_IN_LIST);
    static final Set<Operator> DATE_OPERATORS = EnumSet.of(IS, IS_NOT, BEFORE, AFTER, BEFORE_OR_ON, AFTER_OR_ON);
    // Custom text has no table row of its own: the text operators plus "does not contain", as for the subject.
    static final Set<Operator> CUSTOM_TEXT = EnumSet.of(IS, IS_NOT, CONTAINS, DOES_NOT_CONTAIN, STARTS_WITH);

    private static final Map<String, Attribute> STANDARD = standard();

    private final Map<String, AttributeType> personCustom;
    private final Map<String, AttributeType> companyCustom;
    // Null for the routing catalogue; for workflows, the input fields by id with their names.
    private final Map<Long, String> formFields;

    /** The standard attributes and these custom person and company attributes (name to type). */
    public AttributeCatalogue(Map<String, AttributeType> personCustom, Map<String, AttributeType> companyCustom) {
        this(personCustom, companyCustom, null);
    }

    private AttributeCatalogue(
            Map<String, AttributeType> personCustom,
            Map<String, AttributeType> companyCustom,
            Map<Long, String> formFields) {
        this.personCustom = Map.copyOf(personCustom);
        this.companyCustom = Map.copyOf(companyCustom);
        this.formFields = formFields == null ? null : Map.copyOf(formFields);
    }

    /** This catalogue with the workflow-only attributes and these input fields (id to name) as form field input. */
    public AttributeCatalogue forWorkflows(Map<Long, String> inputFields) {
        return new AttributeCatalogue(personCustom, companyCustom, inputFields);
    }

    /** Whether this catalogue knows the workflow-only attributes. */
    public boolean workflows() {
        return formFields != null;
    }

    /** Only the standard attributes (and message custom data). */
    public static AttributeCatalogue standardOnly() {
        return new AttributeCatalogue(Map.of(), Map.of());
    }

    /** The attribute with this key, if conditions can test it. */
    public Optional<Attribute> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Attribute standard = STANDARD.get(key);
        if (standard != null) {
            return standard.workflowOnly() && !workflows() ? Optional.empty() : Optional.of(standard);
        }
        if (key.startsWith(FORM_FIELD)) {
            return formField(key);
        }
        if (key.startsWith(PERSON_CUSTOM)) {
            return custom(key, key.substring(PERSON_CUSTOM.length()), personCustom, "Custom person attributes");
        }
        if (key.startsWith(COMPANY_CUSTOM)) {
            return custom(key, key.substring(COMPANY_CUSTOM.length()), companyCustom, "Custom company attributes");
        }
        if (key.startsWith(MESSAGE_CUSTOM) && key.length() > MESSAGE_CUSTOM.length() && key.length() <= 110) {
            return Optional.of(new Attribute(
                    key, key.substring(MESSAGE_CUSTOM.length()), "Custom attributes", ValueKind.TEXT, CUSTOM_TEXT));
        }
        return Optional.empty();
    }

    private Optional<Attribute> formField(String key) {
        if (formFields == null) {
            return Optional.empty();
        }
        try {
            String name = formFields.get(Long.valueOf(key.substring(FORM_FIELD.length())));
            return name == null
                    ? Optional.empty()
                    : Optional.of(new Attribute(key, name, "Form field input", ValueKind.TEXT, EQUALITY, true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Attribute> custom(
            String key, String name, Map<String, AttributeType> defined, String category) {
        AttributeType type = defined.get(name);
        if (type == null) {
            return Optional.empty();
        }
        return Optional.of(
                switch (type) {
                    case TEXT -> new Attribute(key, name, category, ValueKind.TEXT, CUSTOM_TEXT);
                    case WHOLE_NUMBER, DECIMAL -> new Attribute(key, name, category, ValueKind.NUMBER, EQUALITY);
                    case BOOLEAN -> new Attribute(key, name, category, ValueKind.BOOLEAN, EQUALITY);
                    case DATE -> new Attribute(key, name, category, ValueKind.DATE, DATE_OPERATORS);
                });
    }

    /**
     * Every attribute a condition editor offers: the standard ones (for workflows with theirs), then the custom person
     * and company ones, then (for workflows) the input fields.
     */
    public List<Attribute> all() {
        List<Attribute> all = new ArrayList<>(STANDARD.values().stream()
                .filter(a -> workflows() || !a.workflowOnly())
                .toList());
        personCustom.keySet().stream()
                .sorted()
                .forEach(name -> all.add(find(PERSON_CUSTOM + name).orElseThrow()));
        companyCustom.keySet().stream()
                .sorted()
                .forEach(name -> all.add(find(COMPANY_CUSTOM + name).orElseThrow()));
        if (formFields != null) {
            formFields.keySet().stream()
                    .sorted()
                    .forEach(id -> all.add(find(FORM_FIELD + id).orElseThrow()));
        }
        return Collections.unmodifiableList(all);
    }

    private static Map<String, Attribute> standard() {
        Map<String, Attribute> map = new LinkedHashMap<>();
        String conversation = "Conversation attributes";
        add(map, "conversation.channel", "Channel", conversation, ValueKind.CHANNEL, EQUALITY);
        add(map, "conversation.content", "Content", conversation, ValueKind.TEXT, TEXT_OPERATORS);
        add(map, "conversation.tags", "Conversation tags", conversation, ValueKind.TAG_LIST, MEMBERSHIP);
        add(map, "conversation.from", "From", conversation, ValueKind.TEXT, TEXT_OPERATORS);
        add(map, "conversation.isVisitor", "Is visitor", conversation, ValueKind.BOOLEAN, EQUALITY);
        add(map, "conversation.to", "To", conversation, ValueKind.SENDER, EQUALITY);
        // The guide's workflow conditions that routing cannot know yet.
        workflow(map, "conversation.queue", "Queue", conversation, ValueKind.QUEUE_LIST, MEMBERSHIP);
        workflow(
                map,
                "conversation.channels",
                "Channels used",
                conversation,
                ValueKind.CHANNEL_LIST,
                EnumSet.of(IS, IS_NOT, IN_LIST, NOT_IN_LIST));
        workflow(map, "conversation.direction", "Direction", conversation, ValueKind.DIRECTION, EnumSet.of(IS));
        workflow(map, "conversation.status", "Status", conversation, ValueKind.STATUS, MEMBERSHIP);
        workflow(map, "conversation.form", "Form", conversation, ValueKind.FORM_LIST, MEMBERSHIP);
        // Scored just after each customer's message is stored: routing and SLA policies decide before the first score.
        workflow(map, "conversation.sentiment", "Sentiment", conversation, ValueKind.SENTIMENT, MEMBERSHIP);
        workflow(map, "conversation.firstMessage", "First message", conversation, ValueKind.BOOLEAN, EnumSet.of(IS));
        workflow(
                map,
                "conversation.hoursSinceAssigneeUpdated",
                "Hours since assignee updated",
                conversation,
                ValueKind.NUMBER,
                EnumSet.of(GREATER_THAN));
        String agent = "Agent attributes";
        workflow(map, "agent.assigned", "Agent", agent, ValueKind.ASSIGNMENT, EnumSet.of(IS));
        workflow(map, "agent.status", "Status", agent, ValueKind.AGENT_STATUS, MEMBERSHIP);
        workflow(map, "agent.contact", "Contact", agent, ValueKind.SENDER_LIST, EnumSet.of(IN_LIST));
        workflow(map, "agent.domain", "Domain", agent, ValueKind.TEXT, MEMBERSHIP);
        workflow(map, "agent.emailAddress", "Email address", agent, ValueKind.SENDER_LIST, EnumSet.of(IN_LIST));

        String person = "Standard person attributes";
        for (String name : List.of("address", "city", "country")) {
            add(map, "person." + name, name, person, ValueKind.TEXT, TEXT_OPERATORS);
        }
        add(map, "person.birthDate", "birthDate", person, ValueKind.DATE, DATE_OPERATORS);
        add(map, "person.tags", "customer tags", person, ValueKind.TEXT_LIST, CONTAINMENT);
        add(map, "person.externalPersonId", "externalPersonId", person, ValueKind.TEXT, TEXT_OPERATORS);
        add(map, "person.firstName", "firstName", person, ValueKind.TEXT, TEXT_OPERATORS);
        add(map, "person.gender", "gender", person, ValueKind.GENDER, EQUALITY);
        add(map, "person.integrations", "integrations", person, ValueKind.TEXT_LIST, TEXT_OPERATORS);
        for (String name : List.of("lastName", "middleName", "modifiedFrom", "nickName", "preferredService", "type")) {
            add(map, "person." + name, name, person, ValueKind.TEXT, TEXT_OPERATORS);
        }

        String company = "Standard company attributes";
        for (String name : List.of("accountManager", "country", "customerStage")) {
            add(map, "company." + name, name, company, ValueKind.TEXT, TEXT_OPERATORS);
        }
        add(map, "company.domains", "domains", company, ValueKind.TEXT_LIST, CONTAINMENT);
        for (String name : List.of("externalId", "industry", "name", "notes", "region", "segment")) {
            add(map, "company." + name, name, company, ValueKind.TEXT, TEXT_OPERATORS);
        }
        add(map, "company.tags", "tags", company, ValueKind.TEXT_LIST, TEXT_OPERATORS);
        add(map, "company.vatNumber", "vatNumber", company, ValueKind.TEXT, TEXT_OPERATORS);

        String apple = "Apple Messages for Business attributes";
        add(map, "apple.deviceAgent", "device agent", apple, ValueKind.TEXT, TEXT_OPERATORS);
        add(map, "apple.group", "group", apple, ValueKind.TEXT, TEXT_OPERATORS);
        add(map, "apple.intent", "intent", apple, ValueKind.TEXT, TEXT_OPERATORS);
        add(map, "apple.locale", "locale", apple, ValueKind.TEXT, TEXT_OPERATORS);

        String email = "Email attributes";
        add(map, "email.cc", "Email CC", email, ValueKind.TEXT_LIST, CONTAINMENT);
        add(map, "email.bcc", "Email BCC", email, ValueKind.TEXT_LIST, CONTAINMENT);
        add(map, "email.to", "Email To", email, ValueKind.SENDER_LIST, MEMBERSHIP);
        add(map, "email.from", "Email From", email, ValueKind.TEXT, TEXT_OPERATORS);
        add(map, "email.routedTo", "Email routed to recipient", email, ValueKind.SENDER, EQUALITY);
        add(map, "email.subject", "Email Subject", email, ValueKind.TEXT, CUSTOM_TEXT);

        add(map, "senderQueues", "Sender queues", "Sender queues", ValueKind.QUEUE_LIST, MEMBERSHIP);
        return Collections.unmodifiableMap(map);
    }

    private static void workflow(
            Map<String, Attribute> map,
            String key,
            String label,
            String category,
            ValueKind kind,
            Set<Operator> operators) {
        map.put(key, new Attribute(key, label, category, kind, operators, true));
    }

    private static void add(
            Map<String, Attribute> map,
            String key,
            String label,
            String category,
            ValueKind kind,
            Set<Operator> operators) {
        map.put(key, new Attribute(key, label, category, kind, operators));
    }
}
