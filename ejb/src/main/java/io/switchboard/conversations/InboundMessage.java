package io.switchboard.conversations;

import io.switchboard.channels.Channel;

/**
 * A customer's message as a channel gateway hands it over; keys are optional. {@code visitor} marks an anonymous Live
 * Chat visitor; {@code channelAttributes} holds channel-specific fields as a JSON object (routing reads both).
 */
public record InboundMessage(Channel channel, String from, String to, String text, String subject, boolean sensitive,
                             String cc, String bcc, String attachments, String customAttributes, String externalId,
                             String idempotencyKey, String firstName, String lastName, boolean visitor,
                             String channelAttributes) {

    /** A message without the visitor flag and channel-specific fields. */
    public InboundMessage(Channel channel, String from, String to, String text, String subject, boolean sensitive,
                          String cc, String bcc, String attachments, String customAttributes, String externalId,
                          String idempotencyKey, String firstName, String lastName) {
        this(channel, from, to, text, subject, sensitive, cc, bcc, attachments, customAttributes, externalId,
                idempotencyKey, firstName, lastName, false, null);
    }
}
