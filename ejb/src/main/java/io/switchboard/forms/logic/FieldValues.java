package io.switchboard.forms.logic;

import io.switchboard.forms.FieldType;
import io.switchboard.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * A value typed into a field, checked against the field's type and put in normal form, so that stored values compare
 * equal when they mean the same (conditions on fields and filters rely on it): whole numbers without leading zeros,
 * decimals without trailing zeros, date-times in UTC, checkboxes {@code true} or {@code false}, dropdown levels
 * joined by ": ".
 */
public final class FieldValues {

    public static final int MAX_TEXT = 1_000;
    public static final int MAX_MULTI_LINE = 10_000;
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,30}(\\.[0-9]{1,20})?");

    private FieldValues() {}

    /**
     * The value in normal form; refused naming {@code field} with a reason a person understands. An empty value is
     * the caller's business (it clears the field) and never reaches here.
     */
    public static String normalize(FieldSpec spec, String raw, String field) {
        String value = raw.strip();
        return switch (spec.type()) {
            case TEXT -> {
                if (raw.length() > MAX_TEXT || raw.contains("\n") || raw.contains("\r")) {
                    throw new InvalidInputException(
                            field, "must be one line of at most " + MAX_TEXT + " characters for " + spec.name());
                }
                yield raw;
            }
            case MULTI_LINE -> {
                if (raw.length() > MAX_MULTI_LINE) {
                    throw new InvalidInputException(
                            field, "must have at most " + MAX_MULTI_LINE + " characters for " + spec.name());
                }
                yield raw;
            }
            case CHECKBOX -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new InvalidInputException(field, "must be true or false for " + spec.name());
                }
                yield value;
            }
            case WHOLE_NUMBER -> {
                if (!WHOLE.matcher(value).matches()) {
                    throw new InvalidInputException(field, "must be a whole number such as 42 for " + spec.name());
                }
                yield Long.toString(Long.parseLong(value));
            }
            case DECIMAL -> {
                if (!DECIMAL.matcher(value).matches()) {
                    throw new InvalidInputException(field, "must be a decimal number such as 12.5 for " + spec.name());
                }
                BigDecimal number = new BigDecimal(value).stripTrailingZeros();
                yield number.signum() == 0 ? "0" : number.toPlainString();
            }
            case DATETIME -> {
                try {
                    yield OffsetDateTime.parse(value).toInstant().toString();
                } catch (DateTimeException e) {
                    throw new InvalidInputException(
                            field, "must be a date and time such as 2026-12-01T14:30:00+01:00 for " + spec.name());
                }
            }
            case DROPDOWN -> {
                String levels = value.length() > FieldRules.MAX_OPTION ? null : FieldRules.normalOption(value);
                if (levels == null || !spec.options().contains(levels)) {
                    throw new InvalidInputException(field, "must be one of the options of " + spec.name());
                }
                yield levels;
            }
            case REGEX -> {
                if (raw.length() > MAX_TEXT) {
                    throw new InvalidInputException(
                            field, "must have at most " + MAX_TEXT + " characters for " + spec.name());
                }
                boolean matches;
                try {
                    matches = GuardedRegex.matches(FieldRules.compile(spec.pattern()), raw, GuardedRegex.STEP_BUDGET);
                } catch (GuardedRegex.TooCostly e) {
                    throw new InvalidInputException(
                            field, "could not be checked against the pattern of " + spec.name() + " in time");
                }
                if (!matches) {
                    throw new InvalidInputException(
                            field, "does not match the pattern " + spec.pattern() + " of " + spec.name());
                }
                yield raw;
            }
        };
    }

    /** Whether a stored value counts as filled in: a mandatory checkbox must be ticked. */
    public static boolean isFilled(FieldSpec spec, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return spec.type() != FieldType.CHECKBOX || value.equals("true");
    }

    /**
     * The LIKE pattern (a backslash escapes) that finds the sub-values of a dropdown level when a filter asks
     * for {@code wanted}, lower-cased: "clothing" finds "clothing: shirts". Lists and reports filter by it alike.
     */
    public static String subValuePattern(String wanted) {
        return wanted.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + ": %";
    }
}
