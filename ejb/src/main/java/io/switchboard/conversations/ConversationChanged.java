package io.switchboard.conversations;

/**
 * Something that SLA clocks (and later workflows) react to happened to a conversation: a message, a status change,
 * a transfer, an assignment, a tag, a priority, metadata, a handover. Fired only by {@link ConversationChanges},
 * synchronously, inside the transaction of the change.
 */
public record ConversationChanged(Conversation conversation) {}
