package io.switchboard.conversations;

import io.switchboard.channels.Channel;
import io.switchboard.people.PersonDetails;

/** A customer's message as a channel gateway hands it over; keys and the customer's attributes are optional. */
public record InboundMessage(Channel channel, String from, String to, String text, String subject, boolean sensitive,
                             String cc, String bcc, String attachments, String customAttributes, String externalId,
                             String idempotencyKey, String firstName, String lastName,
                             PersonDetails person) {
}
