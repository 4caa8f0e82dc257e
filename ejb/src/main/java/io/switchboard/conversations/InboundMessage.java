package io.switchboard.conversations;

import io.switchboard.people.PersonDetails;
import java.util.List;

/**
 * A customer's message as a channel gateway hands it over: what it says and how it travelled (stored as is), the keys
 * that make a repeat a replay, and what the gateway knows about the customer. The content's {@code visitor} flag
 * marks an anonymous Live Chat visitor and its {@code channelAttributes} hold channel-specific fields as a JSON
 * object (routing reads both). Its {@code tags} (defined tags' names, e.g. a topic a gateway or IVR knows) go on the
 * conversation before a new one is routed, so the routes' tag conditions match on its first routing.
 */
public record InboundMessage(Message.Content content, Keys keys, Customer customer, List<String> tags) {

    public InboundMessage {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A message without tags. */
    public InboundMessage(Message.Content content, Keys keys, Customer customer) {
        this(content, keys, customer, List.of());
    }

    /**
     * Either key, when present, identifies at most one stored message of this caller (an API key or user) to the
     * sender the message is addressed to: a repeat with the same {@code fingerprint} (SHA-256 of the canonical
     * request) answers the first result, a different request under a used key is refused (422).
     */
    public record Keys(String caller, String idempotencyKey, String externalId, String fingerprint) {

        public static final Keys NONE = new Keys(null, null, null, null);

        public Keys {
            if ((idempotencyKey != null || externalId != null) && (caller == null || fingerprint == null)) {
                throw new IllegalArgumentException("keys need the caller and the request's fingerprint");
            }
        }
    }

    /** Names and attributes the message tells about its sender; each is optional and updates the customer. */
    public record Customer(String firstName, String lastName, PersonDetails person) {

        public static final Customer UNKNOWN = new Customer(null, null, null);
    }
}
