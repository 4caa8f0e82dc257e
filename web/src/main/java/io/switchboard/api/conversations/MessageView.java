package io.switchboard.api.conversations;

import io.switchboard.attributes.Masking;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Direction;
import io.switchboard.conversations.Message;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.StringReader;
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
        JsonArray attachments,
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
                m.isSensitive() && masking.active() ? null : parseArray(m.getAttachments()),
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

    private static JsonArray parseArray(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
