package io.switchboard.conditions;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The senders, queues and tags that exist, against which condition values naming them are checked. */
public record Vocabulary(Set<Long> senderIds, Set<Long> queueIds, Set<String> tagNames) {

    public Vocabulary {
        senderIds = Set.copyOf(senderIds);
        queueIds = Set.copyOf(queueIds);
        tagNames = tagNames.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    boolean hasTag(String name) {
        return tagNames.contains(name.toLowerCase(Locale.ROOT));
    }
}
