package io.switchboard.api;

import io.switchboard.platform.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses query parameters by hand: JAX-RS answers 404 to a parameter it cannot convert, and a wrong filter is the
 * client's mistake (400 naming the parameter).
 */
public final class QueryParams {

    private QueryParams() {}

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    name,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    public static Long longValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 instant such as 2026-11-24T09:00:00Z");
        }
    }

    /** A bounded int with a default, e.g. a page size. */
    public static int intValue(String name, String value, int defaultValue, int min, int max) {
        Long parsed = longValue(name, value);
        if (parsed == null) {
            return defaultValue;
        }
        if (parsed < min || parsed > max) {
            throw new InvalidInputException(name, "must be between " + min + " and " + max);
        }
        return parsed.intValue();
    }

    /** The largest page a list answers. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The {@code page} parameter: from 0, default 0. */
    public static int page(String value) {
        return intValue("page", value, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
    }

    /** The {@code size} parameter: 1 to 100, default 20. */
    public static int size(String value) {
        return intValue("size", value, 20, 1, MAX_PAGE_SIZE);
    }
}
