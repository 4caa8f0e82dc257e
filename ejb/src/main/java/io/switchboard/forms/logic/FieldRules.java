package io.switchboard.forms.logic;

import io.switchboard.forms.FieldType;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What makes an input field's definition acceptable: a name, a type, a pattern that compiles for REGEX only,
 * options with levels for DROPDOWN only ("Clothing: Shirts" is Shirts under Clothing, at any depth); and the
 * account's limit on fields.
 */
public final class FieldRules {

    /** The guide's limit of input fields per account. */
    public static final int MAX_FIELDS_PER_ACCOUNT = 10_000;

    public static final int MAX_NAME = 100;
    public static final int MAX_PATTERN = 500;
    public static final int MAX_OPTIONS = 1_000;
    public static final int MAX_OPTION = 200;
    public static final int MAX_LEVELS = 10;

    private FieldRules() {}

    /** A field definition, checked and in normal form (trimmed name, options with levels joined by ": "). */
    public record Definition(String name, FieldType type, String pattern, List<String> options) {}

    /** Checks a definition; an error names {@code name}, {@code type}, {@code pattern} or {@code options[i]}. */
    public static Definition check(String name, FieldType type, String pattern, List<String> options) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        String trimmed = name.trim();
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", "must have at most " + MAX_NAME + " characters");
        }
        if (type == null) {
            throw new InvalidInputException("type", "is required: one of " + FieldType.NAMES.replace('|', ' '));
        }
        if (type == FieldType.REGEX) {
            compile(pattern);
        } else if (pattern != null) {
            throw new InvalidInputException("pattern", "belongs to Regex fields only");
        }
        List<String> normal = List.of();
        if (type == FieldType.DROPDOWN) {
            normal = options(options);
        } else if (options != null) {
            throw new InvalidInputException("options", "belong to Dropdown fields only");
        }
        return new Definition(trimmed, type, type == FieldType.REGEX ? pattern : null, normal);
    }

    /** The pattern compiled; refused naming {@code pattern} when it is missing, too long or not a regex. */
    public static Pattern compile(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new InvalidInputException("pattern", "is required for a Regex field");
        }
        if (pattern.length() > MAX_PATTERN) {
            throw new InvalidInputException("pattern", "must have at most " + MAX_PATTERN + " characters");
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException(
                    "pattern", "is not a valid regular expression: " + e.getDescription() + " near " + e.getIndex());
        }
    }

    /** Refuses one more field when the account holds the most it may. */
    public static void checkRoomForOneMore(long existing) {
        if (existing >= MAX_FIELDS_PER_ACCOUNT) {
            throw new ConflictException("the account already has " + existing + " input fields; at most "
                    + MAX_FIELDS_PER_ACCOUNT + " are allowed");
        }
    }

    /** One option's levels in normal form: "Clothing :Shirts" becomes "Clothing: Shirts"; null when a level is blank. */
    public static String normalOption(String option) {
        String[] levels = option.split(":", -1);
        List<String> trimmed = new ArrayList<>();
        for (String level : levels) {
            if (level.isBlank()) {
                return null;
            }
            trimmed.add(level.strip());
        }
        return String.join(": ", trimmed);
    }

    private static List<String> options(List<String> options) {
        if (options == null || options.isEmpty()) {
            throw new InvalidInputException("options", "a Dropdown field needs at least one option");
        }
        if (options.size() > MAX_OPTIONS) {
            throw new InvalidInputException("options", "must have at most " + MAX_OPTIONS + " options");
        }
        List<String> normal = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String field = "options[" + i + "]";
            String option = options.get(i);
            if (option == null || option.isBlank()) {
                throw new InvalidInputException(field, "must not be blank");
            }
            if (option.length() > MAX_OPTION || option.contains("\n") || option.contains("\r")) {
                throw new InvalidInputException(field, "must be one line of at most " + MAX_OPTION + " characters");
            }
            String levels = normalOption(option);
            if (levels == null) {
                throw new InvalidInputException(field, "has an empty level; write levels as Clothing: Shirts");
            }
            if (levels.split(": ").length > MAX_LEVELS) {
                throw new InvalidInputException(field, "has more than " + MAX_LEVELS + " levels");
            }
            if (!seen.add(levels)) {
                throw new InvalidInputException(field, "repeats the option '" + levels + "'");
            }
            normal.add(levels);
        }
        return normal;
    }
}
