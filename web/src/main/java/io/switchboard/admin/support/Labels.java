package io.switchboard.admin.support;

import io.switchboard.channels.Channel;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.channels.Sender;
import io.switchboard.conditions.Attribute;
import io.switchboard.forms.FieldType;
import io.switchboard.users.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the admin writes values for people: times in UTC, durations, lists. The read models the services answer carry
 * plain values; this is the one place that turns them into text ({@code #{labels...}} in the pages).
 */
@Named
@ApplicationScoped
public class Labels {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** A time as supervisors read it, in UTC. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** A time as supervisors read it, in UTC. */
    public static String time(Instant instant) {
        return WHEN.format(instant);
    }

    /** Values comma-separated in their order; null when there are none (so a row shows nothing). */
    public static String joined(Collection<?> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** An attribute's value as text: a list comma-separated, anything else as it prints. */
    public static String value(Object value) {
        return value instanceof Collection<?> values ? joined(values) : String.valueOf(value);
    }

    /** Attributes with plain values (as the people and company read models hold them) as name and text rows. */
    public static List<AttributeValue> attributes(Map<String, Object> attributes) {
        return attributes.entrySet().stream()
                .map(a -> new AttributeValue(a.getKey(), value(a.getValue())))
                .toList();
    }

    /** An enum constant as people write it: URGENT as "Urgent", LIVE_MESSAGING as "Live messaging". */
    public static String words(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An input field's type as the forms screens name it: "Multi-line", "Decimal number". */
    public String fieldType(FieldType type) {
        return type == null
                ? ""
                : switch (type) {
                    case MULTI_LINE -> "Multi-line";
                    case DECIMAL -> "Decimal number";
                    case DATETIME -> "Date and time";
                    default -> words(type);
                };
    }

    /** A channel group as the capacity screen names it: "Live Messaging", "Email". */
    public static String group(ChannelGroup group) {
        return switch (group) {
            case LIVE_MESSAGING -> "Live Messaging";
            case LIVE_CHAT -> "Live Chat";
            default -> words(group);
        };
    }

    /** A sender as the screens show it: its channel and address. */
    public static String sender(Sender sender) {
        return channel(sender.getChannel()) + " " + sender.getAddress();
    }

    /** For the pages: {@link #channel}. */
    public String channelOf(Channel channel) {
        return channel(channel);
    }

    /** For the pages: {@link #words}. */
    public String of(Enum<?> value) {
        return words(value);
    }

    /** For the pages: enum constants as words, comma-separated in their declared order. */
    public String ofAll(Collection<? extends Enum<?>> values) {
        return values == null
                ? null
                : joined(values.stream()
                        .sorted(Comparator.comparingInt(Enum::ordinal))
                        .map(Labels::words)
                        .toList());
    }

    /** For the pages: {@link #joined}. */
    public String list(Collection<?> values) {
        return joined(values);
    }

    /** A channel as people name it: "WhatsApp", "Live Chat", "Voice", "Video". */
    public static String channel(Channel channel) {
        if (channel == null) {
            return "";
        }
        return switch (channel) {
            case SMS -> "SMS";
            case WHATSAPP -> "WhatsApp";
            case VIBER -> "Viber";
            case TELEGRAM -> "Telegram";
            case GOOGLE_BUSINESS_MESSAGES -> "Google Business Messages";
            case APPLE_MESSAGES_FOR_BUSINESS -> "Apple Messages for Business";
            case MESSENGER -> "Messenger";
            case LIVE_CHAT -> "Live Chat";
            case EMAIL -> "Email";
            case VOICE -> "Voice";
            case VIDEO -> "Video";
        };
    }

    /** A role as the users and API-keys screens name it, after the guide's "Users and permissions". */
    public static String role(Role role) {
        return switch (role) {
            case AGENT -> "Agent";
            case MANAGER -> "Manager";
            case ANALYTICS_MANAGER -> "Analytics manager";
            case ACCOUNT_MANAGER -> "Account manager (supervisor)";
            case GATEWAY -> "Channel gateway";
        };
    }

    /** The group an attribute belongs to, after the guide's routing conditions table ("Person", "Email"). */
    public static String attributeGroup(Attribute attribute) {
        return switch (attribute.category()) {
            case "Conversation attributes" -> "Conversation";
            case "Standard person attributes" -> "Person";
            case "Custom person attributes" -> "Person (custom)";
            case "Standard company attributes" -> "Company";
            case "Custom company attributes" -> "Company (custom)";
            case "Apple Messages for Business attributes" -> "Apple Messages for Business";
            case "Email attributes" -> "Email";
            case "Custom attributes" -> "Passed with the message";
            case "Agent attributes" -> "Agent";
            case "Form field input" -> "Form field";
            default -> attribute.category();
        };
    }

    /**
     * An attribute as a supervisor reads it: its group and name ("Person › City", "Email › Subject"), never its key.
     * Custom attribute names are the supervisor's own and stay as written.
     */
    public static String attribute(Attribute attribute) {
        String group = attributeGroup(attribute);
        boolean own = attribute.category().startsWith("Custom")
                || attribute.category().equals("Form field input");
        String name = own ? attribute.label() : spaced(attribute.label());
        String prefix = attribute.category().equals("Email attributes") ? "Email " : "";
        if (!prefix.isEmpty() && name.startsWith(prefix)) {
            name = capitalized(name.substring(prefix.length()));
        }
        return group.equals(name) ? name : group + " › " + name;
    }

    /** A camel-cased name in words: "birthDate" as "Birth date", "vatNumber" as "VAT number". */
    static String spaced(String name) {
        String words = java.util.Arrays.stream(name.replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase(Locale.ROOT)
                        .split(" "))
                .map(w -> switch (w) {
                    case "cc", "bcc", "vat", "id" -> w.toUpperCase(Locale.ROOT);
                    default -> w;
                })
                .collect(Collectors.joining(" "));
        return capitalized(words);
    }

    /** An attribute in a condition's summary: a conversation's own by its name ("To"), others with their group. */
    public static String attributeInSummary(Attribute attribute) {
        return attribute.category().equals("Conversation attributes")
                ? spaced(attribute.label())
                : attribute(attribute);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A choice of a condition value in words: "UNAVAILABLE" as "Unavailable", "INBOUND" as "Inbound". */
    public static String choice(String name) {
        return capitalized(name.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** A join of conditions as a word: "and", "or". */
    public static String join(String join) {
        return "OR".equals(join) ? "or" : "and";
    }

    /** A sender as a condition names it: "Support (+385 100)" when it has a name, else "SMS +385 100". */
    public static String senderNamed(Sender sender) {
        return sender.getName() == null || sender.getName().isBlank()
                ? sender(sender)
                : sender.getName() + " (" + sender.getAddress() + ")";
    }

    /** A duration as "1h 05m 09s". */
    public static String length(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = Math.max(0, duration.toSeconds());
        return (seconds >= 3600 ? seconds / 3600 + "h " : "")
                + String.format(Locale.ROOT, "%02dm %02ds", seconds % 3600 / 60, seconds % 60);
    }
}
