package io.switchboard.attributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The types of custom attributes (the guide's text, whole number, decimal, false-true and date). */
public enum AttributeType {
    TEXT,
    WHOLE_NUMBER,
    DECIMAL,
    BOOLEAN,
    DATE;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "TEXT|WHOLE_NUMBER|DECIMAL|BOOLEAN|DATE";

    /** Why a value is not of this type, or {@code null} when it is. Values are stored as canonical text. */
    public String problemWith(String value) {
        if (value == null) {
            return "must not be null";
        }
        try {
            switch (this) {
                case TEXT -> {
                    return null;
                }
                case WHOLE_NUMBER -> Long.parseLong(value);
                case DECIMAL -> new BigDecimal(value);
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        return "must be true or false";
                    }
                }
                case DATE -> LocalDate.parse(value);
            }
            return null;
        } catch (NumberFormatException e) {
            return this == WHOLE_NUMBER ? "must be a whole number" : "must be a decimal number";
        } catch (DateTimeParseException e) {
            return "must be a date such as 2026-11-24";
        }
    }
}
