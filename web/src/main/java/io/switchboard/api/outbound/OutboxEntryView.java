package io.switchboard.api.outbound;

import io.switchboard.outbound.OutboxEntry;
import io.switchboard.outbound.OutboxStatus;
import java.time.Instant;

/**
 * An outbox entry as the API shows it (the payload is the JSON the gateway receives); {@code kind} MESSAGE, CALL (a
 * workflow's call: no sender, its method and address instead) or MAIL (a workflow's email from its no-reply sender;
 * the payload holds from, to, subject and text).
 */
public record OutboxEntryView(
        long id,
        OutboxEntry.Kind kind,
        Long senderId,
        String method,
        String url,
        Long messageId,
        String idempotencyKey,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant deliveredAt,
        Instant deadAt,
        String payload) {

    public static OutboxEntryView of(OutboxEntry entry) {
        return new OutboxEntryView(
                entry.getId(),
                entry.getKind(),
                entry.getSenderId(),
                entry.getHttpMethod(),
                entry.getTargetUrl(),
                entry.getMessageId(),
                entry.getIdempotencyKey(),
                entry.getStatus(),
                entry.getAttempts(),
                entry.getNextAttemptAt(),
                entry.getLastError(),
                entry.getCreatedAt(),
                entry.getDeliveredAt(),
                entry.getDeadAt(),
                entry.getPayload());
    }
}
