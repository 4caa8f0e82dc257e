package io.switchboard.api.conversations;

import io.switchboard.attributes.Masking;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.Attachment;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Direction;
import io.switchboard.conversations.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A message as the API shows it. */
public record MessageView(
        long id,
        long conversationId,
        Direction direction,
        AuthorKind authorKind,
        String author,
        Channel channel,
        String from,
        String to,
        String text,
        String subject,
        List<String> cc,
        List<String> bcc,
        List<Attachment> attachments,
        Map<String, String> customAttributes,
        boolean sensitive,
        String externalId,
        Instant createdAt) {

    /** The message as this caller may see it: sensitive content is masked for agents. */
    static MessageView of(Message m, Masking masking) {
        return new MessageView(
                m.getId(),
                m.getConversation().getId(),
                m.getDirection(),
                m.getAuthorKind(),
                m.getAuthor(),
                m.getChannel(),
                m.getFrom(),
                m.getTo(),
                masking.showContent(m.isSensitive(), m.getText()),
                masking.showContent(m.isSensitive(), m.getSubject()),
                split(m.getCc()),
                split(m.getBcc()),
                m.isSensitive() && masking.active() || m.getAttachments().isEmpty() ? null : m.getAttachments(),
                // No custom data shows as none (null), as the stored null column did.
                m.isSensitive() && masking.active() || m.getCustomAttributes().isEmpty()
                        ? null
                        : m.getCustomAttributes(),
                m.isSensitive(),
                m.getExternalId(),
                m.getCreatedAt());
    }

    private static List<String> split(String addresses) {
        return addresses == null ? null : List.of(addresses.split(","));
    }
}
