package io.switchboard.api.conversations;

/** Where an inbound message was stored. */
public record IntakeView(long conversationId, long shortId, long messageId, boolean newConversation) {}
