package io.switchboard.lifecycle;

/**
 * Where an inbound message went: its conversation (new or continued) and the stored message; {@code replayed} when
 * the message had been received before under the same idempotency key or external id.
 */
public record IntakeResult(
        long conversationId, long shortId, long messageId, boolean newConversation, boolean replayed) {}
