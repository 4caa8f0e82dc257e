package io.switchboard.conditions;

import static io.switchboard.conditions.Operator.AFTER;
import static io.switchboard.conditions.Operator.AFTER_OR_ON;
import static io.switchboard.conditions.Operator.BEFORE;
import static io.switchboard.conditions.Operator.BEFORE_OR_ON;
import static io.switchboard.conditions.Operator.CONTAINS;
import static io.switchboard.conditions.Operator.DOES_NOT_CONTAIN;
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
 */
public final class AttributeCatalogue {

    public static final String PERSON_CUSTOM = "person.custom.";
    public static final String COMPANY_CUSTOM = "company.custom.";
    public static final String MESSAGE_CUSTOM = "custom.";

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

    /** The standard attributes and these custom person and company attributes (name to type). */
    public AttributeCatalogue(Map<String, AttributeType> personCustom, Map<String, AttributeType> companyCustom) {
        this.personCustom = Map.copyOf(personCustom);
        this.companyCustom = Map.copyOf(companyCustom);
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
            return Optional.of(standard);
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

    /** Every attribute a condition editor offers: the standard ones, then the custom person and company ones. */
    public List<Attribute> all() {
        List<Attribute> all = new ArrayList<>(STANDARD.values());
        personCustom.keySet().stream()
                .sorted()
                .forEach(name -> all.add(find(PERSON_CUSTOM + name).orElseThrow()));
        companyCustom.keySet().stream()
                .sorted()
                .forEach(name -> all.add(find(COMPANY_CUSTOM + name).orElseThrow()));
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
