package io.switchboard.conversations;

import java.time.Instant;

/**
 * A part of a conversation that an area below the lifecycle keeps (its form and form values) and that takes part in
 * the conversation's changes through {@link ConversationChanges}: it may refuse a status change, and it follows a
 * merge. So every way a status changes (API, workspace, workflows, macros) obeys the same rules.
 */
public interface ConversationPart {

    /** Refuses, with a {@link io.switchboard.platform.DomainException}, a status change this part does not allow. */
    void checkStatusChange(Conversation conversation, ConversationStatus to);

    /** {@code source} is merging into {@code target}. */
    void merge(Conversation source, Conversation target, Instant at);
}
