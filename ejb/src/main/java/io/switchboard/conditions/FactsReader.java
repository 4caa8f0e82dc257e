package io.switchboard.conditions;

import io.switchboard.channels.Channel;
import io.switchboard.companies.CompanyDetails;
import io.switchboard.people.PersonDetails;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Reads one attribute of the facts, in the form {@link ConditionValues#fact} compares. */
final class FactsReader {

    private static final Object[] NONE = new Object[0];

    private FactsReader() {}

    /** The attribute's value: null when absent; an {@code Object[]} for the multi-valued kinds. */
    static Object read(String key, ValueKind kind, Facts facts) {
        Object raw = raw(key, facts);
        if (kind.multiValued()) {
            if (raw == null) {
                return NONE;
            }
            Collection<?> many = raw instanceof Collection<?> c ? c : List.of(raw);
            return many.stream()
                    .filter(Objects::nonNull)
                    .map(one -> ConditionValues.fact(kind, one))
                    .filter(Objects::nonNull)
                    .toArray();
        }
        return ConditionValues.fact(kind, raw);
    }

    private static Object raw(String key, Facts f) {
        if (key.startsWith(AttributeCatalogue.PERSON_CUSTOM)) {
            return f.person() == null || f.person().customAttributes() == null
                    ? null
                    : f.person().customAttributes().get(key.substring(AttributeCatalogue.PERSON_CUSTOM.length()));
        }
        if (key.startsWith(AttributeCatalogue.COMPANY_CUSTOM)) {
            return f.company() == null || f.company().customAttributes() == null
                    ? null
                    : f.company().customAttributes().get(key.substring(AttributeCatalogue.COMPANY_CUSTOM.length()));
        }
        if (key.startsWith(AttributeCatalogue.MESSAGE_CUSTOM)) {
            return f.customAttributes().get(key.substring(AttributeCatalogue.MESSAGE_CUSTOM.length()));
        }
        if (key.startsWith(AttributeCatalogue.FORM_FIELD)) {
            return f.workflow() == null ? null : formValue(key, f.workflow());
        }
        if (key.startsWith("agent.")) {
            return f.workflow() == null ? null : agent(key.substring("agent.".length()), f);
        }
        if (key.startsWith("person.")) {
            return f.person() == null ? null : person(key.substring("person.".length()), f.person());
        }
        if (key.startsWith("company.")) {
            return f.company() == null ? null : company(key.substring("company.".length()), f.company());
        }
        if (key.startsWith("apple.")) {
            return f.channel() == Channel.APPLE_MESSAGES_FOR_BUSINESS
                    ? f.channelAttributes().get(key.substring("apple.".length()))
                    : null;
        }
        if (key.startsWith("email.")) {
            return f.channel() == Channel.EMAIL ? email(key.substring("email.".length()), f) : null;
        }
        return switch (key) {
            case "conversation.channel" -> f.channel();
            case "conversation.content" -> f.content();
            case "conversation.tags" -> f.conversationTags();
            case "conversation.from" -> f.from();
            case "conversation.isVisitor" -> f.visitor();
            case "conversation.to" -> f.senderId();
            case "senderQueues" -> f.senderQueueIds();
            default -> f.workflow() == null ? null : conversation(key, f.workflow());
        };
    }

    private static Object conversation(String key, WorkflowFacts w) {
        return switch (key) {
            case "conversation.queue" -> w.queueId();
            case "conversation.channels" -> w.channelValues();
            case "conversation.direction" -> w.direction();
            case "conversation.status" -> w.status();
            case "conversation.form" -> w.formId();
            case "conversation.firstMessage" -> w.firstMessage();
            case "conversation.hoursSinceAssigneeUpdated" -> w.hoursSinceAssigneeUpdated();
            case "conversation.sentiment" -> w.sentiment();
            default -> null;
        };
    }

    private static Object agent(String name, Facts f) {
        WorkflowFacts w = f.workflow();
        return switch (name) {
            case "assigned" -> w.assigned() ? "ASSIGNED" : "UNASSIGNED";
            case "status" -> w.agentStatus();
            case "contact" -> f.senderId();
            case "domain" -> w.senderDomain();
            // The agent address an email was written to: only an email conversation has one.
            case "emailAddress" -> f.channel() == Channel.EMAIL ? f.senderId() : null;
            default -> null;
        };
    }

    private static Object formValue(String key, WorkflowFacts w) {
        try {
            return w.formValues().get(Long.valueOf(key.substring(AttributeCatalogue.FORM_FIELD.length())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object email(String name, Facts f) {
        return switch (name) {
            case "cc" -> f.cc();
            case "bcc" -> f.bcc();
            case "to" -> f.senderId() == null ? null : Set.of(f.senderId());
            case "from" -> f.from();
            case "routedTo" -> f.senderId();
            case "subject" -> f.subject();
            default -> null;
        };
    }

    private static Object person(String name, PersonDetails p) {
        return switch (name) {
            case "address" -> p.address();
            case "city" -> p.city();
            case "country" -> p.country();
            case "birthDate" -> p.birthDate();
            case "tags" -> p.tags();
            case "externalPersonId" -> p.externalPersonId();
            case "firstName" -> p.firstName();
            case "gender" -> p.gender();
            case "integrations" -> p.integrations();
            case "lastName" -> p.lastName();
            case "middleName" -> p.middleName();
            case "modifiedFrom" -> p.modifiedFrom();
            case "nickName" -> p.nickName();
            case "preferredService" -> p.preferredService();
            case "type" -> p.type();
            default -> null;
        };
    }

    private static Object company(String name, CompanyDetails c) {
        return switch (name) {
            case "accountManager" -> c.accountManager();
            case "country" -> c.country();
            case "customerStage" -> c.customerStage();
            case "domains" -> c.domains();
            case "externalId" -> c.externalId();
            case "industry" -> c.industry();
            case "name" -> c.name();
            case "notes" -> c.notes();
            case "region" -> c.region();
            case "segment" -> c.segment();
            case "tags" -> c.tags();
            case "vatNumber" -> c.vatNumber();
            default -> null;
        };
    }
}
