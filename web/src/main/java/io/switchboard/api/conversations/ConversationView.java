package io.switchboard.api.conversations;

import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.Masking;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Direction;
import io.switchboard.conversations.Priority;
import io.switchboard.tags.Tag;
import java.time.Instant;
import java.util.List;

/** A conversation as the API shows it. */
public record ConversationView(
        long id,
        long shortId,
        ConversationStatus status,
        Priority priority,
        Direction direction,
        Channel channel,
        Ref queue,
        Ref person,
        Ref sender,
        Ref assignee,
        List<String> tags,
        String topic,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        Long mergedIntoId) {

    /** A related object's id and what people call it. */
    public record Ref(long id, String name) {}

    static ConversationView of(Conversation c, Masking masking) {
        String personName = joinNames(
                masking.show(AttributeOwner.PERSON, "firstName", c.getPerson().getFirstName()),
                masking.show(AttributeOwner.PERSON, "lastName", c.getPerson().getLastName()));
        return new ConversationView(
                c.getId(),
                c.getShortId(),
                c.getStatus(),
                c.getPriority(),
                c.getDirection(),
                c.getChannel(),
                new Ref(c.getQueue().getId(), c.getQueue().getName()),
                new Ref(c.getPerson().getId(), personName),
                new Ref(c.getSender().getId(), c.getSender().getAddress()),
                c.getAssignee() == null
                        ? null
                        : new Ref(c.getAssignee().getId(), c.getAssignee().getName()),
                c.getTags().stream().map(Tag::getName).sorted().toList(),
                c.getTopic(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getClosedAt(),
                c.getMergedIntoId());
    }

    private static String joinNames(String first, String last) {
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return joined.isEmpty() ? null : joined;
    }
}
