package io.switchboard.conversations;

import io.switchboard.channels.Channel;
import io.switchboard.people.PersonDetails;

import java.util.Map;

/**
 * A customer's message as a channel gateway hands it over; keys and the customer's attributes are optional.
 * {@code visitor} marks an anonymous Live Chat visitor; {@code channelAttributes} holds channel-specific fields
 * (routing reads both).
 */
public record InboundMessage(Channel channel, String from, String to, String text, String subject, boolean sensitive,
                             String cc, String bcc, String attachments, Map<String, String> customAttributes,
                             String externalId, String idempotencyKey, String firstName, String lastName,
                             PersonDetails person, boolean visitor, Map<String, String> channelAttributes) {
}
