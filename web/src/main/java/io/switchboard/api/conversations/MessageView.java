package io.switchboard.api.conversations;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Direction;
import io.switchboard.conversations.Message;

import java.time.Instant;

/** A message as the API shows it. */
public record MessageView(long id, long conversationId, Direction direction, AuthorKind authorKind, String author,
                          Channel channel, String from, String to, String text, String subject, String externalId,
                          Instant createdAt) {

    static MessageView of(Message m) {
        return new MessageView(m.getId(), m.getConversation().getId(), m.getDirection(), m.getAuthorKind(),
                m.getAuthor(), m.getChannel(), m.getFrom(), m.getTo(), m.getText(), m.getSubject(),
                m.getExternalId(), m.getCreatedAt());
    }
}
