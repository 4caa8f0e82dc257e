package io.switchboard.conditions;

import io.switchboard.channels.Channel;
import io.switchboard.people.Gender;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads a condition's value as its attribute's kind holds it: lower-case text, dates, numbers, channels, ids. */
final class ConditionValues {

    static final int MAX_TEXT = 1000;
    /** The channel value that holds for a conversation over two channels or more (guide: "Multichannel"). */
    static final String MULTICHANNEL = "MULTICHANNEL";

    private ConditionValues() {}

    /** Why the value does not fit the kind, or null when it does (references are checked when a vocabulary is given). */
    static String problem(ValueKind kind, String value, Vocabulary vocabulary) {
        if (value == null || value.isBlank()) {
            return "is required";
        }
        if (value.length() > MAX_TEXT) {
            return "must have at most " + MAX_TEXT + " characters";
        }
        try {
            switch (kind) {
                case DATE -> LocalDate.parse(value.trim());
                case NUMBER -> new BigDecimal(value.trim());
                case BOOLEAN -> {
                    if (!value.trim().equalsIgnoreCase("true") && !value.trim().equalsIgnoreCase("false")) {
                        return "must be true or false";
                    }
                }
                case CHANNEL -> Channel.valueOf(value.trim().toUpperCase(Locale.ROOT));
                case GENDER -> Gender.valueOf(value.trim().toUpperCase(Locale.ROOT));
                case SENDER, SENDER_LIST -> {
                    long id = Long.parseLong(value.trim());
                    if (vocabulary != null && !vocabulary.senderIds().contains(id)) {
                        return "sender " + id + " does not exist";
                    }
                }
                case QUEUE_LIST -> {
                    long id = Long.parseLong(value.trim());
                    if (vocabulary != null && !vocabulary.queueIds().contains(id)) {
                        return "queue " + id + " does not exist";
                    }
                }
                case TAG_LIST -> {
                    if (vocabulary != null && !vocabulary.hasTag(value.trim())) {
                        return "no tag is named '" + value.trim() + "'";
                    }
                }
                case CHANNEL_LIST -> {
                    if (!value.trim().equalsIgnoreCase(MULTICHANNEL)) {
                        Channel.valueOf(value.trim().toUpperCase(Locale.ROOT));
                    }
                }
                case FORM_LIST -> {
                    long id = Long.parseLong(value.trim());
                    if (vocabulary != null && !vocabulary.formIds().contains(id)) {
                        return "form " + id + " does not exist";
                    }
                }
                case DIRECTION, STATUS, ASSIGNMENT, AGENT_STATUS, SENTIMENT -> {
                    if (!kind.choices().contains(value.trim().toUpperCase(Locale.ROOT))) {
                        return "must be one of " + String.join(", ", kind.choices());
                    }
                }
                case TEXT, TEXT_LIST -> {
                    return null;
                }
            }
            return null;
        } catch (DateTimeParseException e) {
            return "must be a date such as 2026-11-24";
        } catch (NumberFormatException e) {
            return kind == ValueKind.NUMBER ? "must be a number" : "must be an id (a whole number)";
        } catch (IllegalArgumentException e) {
            return kind == ValueKind.CHANNEL
                    ? "unknown channel '" + value + "': must be one of " + Channel.NAMES
                    : kind == ValueKind.CHANNEL_LIST
                            ? "unknown channel '" + value + "': must be " + MULTICHANNEL + " or one of " + Channel.NAMES
                            : "must be one of " + Gender.NAMES;
        }
    }

    /** The value in the form facts are compared with; call only for a value without {@link #problem}. */
    static Object read(ValueKind kind, String value) {
        String trimmed = value.trim();
        return switch (kind) {
            // Text keeps its spaces: "contains ' vip'" is a deliberate choice of the supervisor.
            case TEXT, TEXT_LIST, TAG_LIST -> value.toLowerCase(Locale.ROOT);
            case DATE -> LocalDate.parse(trimmed);
            case NUMBER -> new BigDecimal(trimmed);
            case BOOLEAN -> Boolean.valueOf(trimmed.toLowerCase(Locale.ROOT));
            case CHANNEL -> Channel.valueOf(trimmed.toUpperCase(Locale.ROOT));
            case GENDER -> Gender.valueOf(trimmed.toUpperCase(Locale.ROOT));
            case SENDER, SENDER_LIST, QUEUE_LIST, FORM_LIST -> Long.valueOf(trimmed);
            case DIRECTION, STATUS, ASSIGNMENT, AGENT_STATUS, SENTIMENT, CHANNEL_LIST ->
                trimmed.toUpperCase(Locale.ROOT);
        };
    }

    /** A fact in comparable form: lower-case text, parsed dates and numbers; null when absent or unreadable. */
    static Object fact(ValueKind kind, Object raw) {
        if (raw == null) {
            return null;
        }
        try {
            return switch (kind) {
                case TEXT, TEXT_LIST, TAG_LIST -> raw.toString().toLowerCase(Locale.ROOT);
                case DATE ->
                    raw instanceof LocalDate date
                            ? date
                            : LocalDate.parse(raw.toString().trim());
                case NUMBER -> new BigDecimal(raw.toString().trim());
                case BOOLEAN -> raw instanceof Boolean b ? b : booleanOrNull(raw.toString());
                case DIRECTION, STATUS, ASSIGNMENT, AGENT_STATUS, SENTIMENT, CHANNEL_LIST ->
                    raw.toString().toUpperCase(Locale.ROOT);
                default -> raw;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private static Boolean booleanOrNull(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return trimmed.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
}
