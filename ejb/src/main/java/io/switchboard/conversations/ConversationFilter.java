package io.switchboard.conversations;

import io.switchboard.channels.Channel;
import java.time.Instant;

/** Which conversations a list shows; null fields do not filter. */
public record ConversationFilter(
        Long queueId,
        ConversationStatus status,
        Priority priority,
        Channel channel,
        Long shortId,
        Long personId,
        Instant createdFrom,
        Instant createdTo,
        Long assigneeId,
        String tag) {

    /** A filter on everything but assignee and tag. */
    public ConversationFilter(
            Long queueId,
            ConversationStatus status,
            Priority priority,
            Channel channel,
            Long shortId,
            Long personId,
            Instant createdFrom,
            Instant createdTo) {
        this(queueId, status, priority, channel, shortId, personId, createdFrom, createdTo, null, null);
    }
}
