package io.switchboard.conditions;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The senders, queues, tags and forms that exist, against which condition values naming them are checked. */
public record Vocabulary(Set<Long> senderIds, Set<Long> queueIds, Set<String> tagNames, Set<Long> formIds) {

    public Vocabulary {
        senderIds = Set.copyOf(senderIds);
        queueIds = Set.copyOf(queueIds);
        tagNames = tagNames.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        formIds = Set.copyOf(formIds);
    }

    /** Without forms (no routing condition names one). */
    public Vocabulary(Set<Long> senderIds, Set<Long> queueIds, Set<String> tagNames) {
        this(senderIds, queueIds, tagNames, Set.of());
    }

    /** This vocabulary with these forms. */
    public Vocabulary withForms(Set<Long> forms) {
        return new Vocabulary(senderIds, queueIds, tagNames, forms);
    }

    boolean hasTag(String name) {
        return tagNames.contains(name.toLowerCase(Locale.ROOT));
    }
}
