package io.switchboard.workflows.logic;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.workflows.TriggerType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{name}}} placeholders of a workflow's texts (messages, email subjects and contents, Slack messages, an
 * API call's URL, headers and body). The message's own variables exist only for the triggers that carry a message;
 * an unknown or unavailable name is refused when the workflow is saved, not discovered when it runs. After
 * substitution a text longer than its limit is not sent (the guide leaves the length to the supervisor).
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9.]*)\\s*}}");

    /** Every placeholder with what it stands for, as the editor's picker lists them. */
    public static final Map<String, String> ALWAYS = ordered(
            "conversation.id", "The conversation's number",
            "conversation.shortId", "The conversation's short ID",
            "conversation.subject", "The conversation's topic or email subject",
            "conversation.status", "The conversation's status",
            "conversation.priority", "The conversation's priority",
            "conversation.queue", "The conversation's queue",
            "conversation.channel", "The channel of the last customer message",
            "customer.name", "The customer's full name",
            "customer.firstName", "The customer's first name",
            "customer.lastName", "The customer's last name",
            "customer.email", "The customer's email address",
            "customer.phone", "The customer's phone number",
            "agent.name", "The assigned agent's name",
            "agent.email", "The assigned agent's email address");

    /** Only for the triggers that carry a message (a customer's inbound message, an agent's outbound one). */
    public static final Map<String, String> WITH_MESSAGE = ordered(
            "message.content", "The message's text",
            "message.from", "Who sent the message (address or number)",
            "email.subject", "The email's subject",
            "email.from", "The email's sender address",
            "email.to", "The address the email was sent to");

    private Placeholders() {}

    /** The names a text uses, in order of appearance (each once). */
    public static List<String> used(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /**
     * Refuses, naming {@code field}, a placeholder that does not exist, or a message variable in a workflow whose
     * triggers do not all carry a message (a time-based trigger has no message to read it from).
     */
    public static void check(String field, String text, Collection<TriggerType> triggers) {
        boolean everyCarriesMessage = !triggers.isEmpty() && triggers.stream().allMatch(TriggerType::carriesMessage);
        for (String name : used(text)) {
            if (ALWAYS.containsKey(name)) {
                continue;
            }
            if (WITH_MESSAGE.containsKey(name)) {
                if (!everyCarriesMessage) {
                    throw new InvalidInputException(
                            field,
                            "uses {{" + name + "}}, which only the triggers 'Agent message sent' and 'Customer"
                                    + " message received' provide");
                }
                continue;
            }
            throw new InvalidInputException(field, "uses the unknown placeholder {{" + name + "}}");
        }
    }

    /** The text with every placeholder replaced; a value nobody knows becomes empty. */
    public static String render(String text, Map<String, String> values) {
        return render(text, values, java.util.function.UnaryOperator.identity());
    }

    /**
     * The text with every placeholder replaced by its value passed through {@code escape} (JSON, XML or URL
     * escaping: a customer's text cannot break out of the string or parameter it stands in); the text around the
     * placeholders is left as written.
     */
    public static String render(
            String text, Map<String, String> values, java.util.function.UnaryOperator<String> escape) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value == null ? "" : value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Rendered text and whether it still fits its limit; a text that does not fit is not sent. */
    public record Rendered(String text, int limit) {
        public boolean fits() {
            return limit <= 0 || text.codePointCount(0, text.length()) <= limit;
        }
    }

    public static Rendered render(String text, Map<String, String> values, int limit) {
        return new Rendered(render(text, values), limit);
    }

    public static Set<String> all() {
        Map<String, String> all = new LinkedHashMap<>(ALWAYS);
        all.putAll(WITH_MESSAGE);
        return all.keySet();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
