package io.switchboard.conversations;

import io.switchboard.people.PersonDetails;

/**
 * A customer's message as a channel gateway hands it over: what it says and how it travelled (stored as is), the keys
 * that make a repeat a replay, and what the gateway knows about the customer. The content's {@code visitor} flag
 * marks an anonymous Live Chat visitor and its {@code channelAttributes} hold channel-specific fields as a JSON
 * object (routing reads both).
 */
public record InboundMessage(Message.Content content, Keys keys, Customer customer) {

    /** Either key, when present, identifies at most one stored message: a repeat answers the first result. */
    public record Keys(String idempotencyKey, String externalId) {

        public static final Keys NONE = new Keys(null, null);
    }

    /** Names and attributes the message tells about its sender; each is optional and updates the customer. */
    public record Customer(String firstName, String lastName, PersonDetails person) {

        public static final Customer UNKNOWN = new Customer(null, null, null);
    }
}
