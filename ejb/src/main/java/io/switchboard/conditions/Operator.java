package io.switchboard.conditions;

import java.util.Locale;

/**
 * How a condition compares an attribute with its value. Every negative operator is the exact negation of its
 * positive counterpart, so a missing attribute fails {@code IS} and passes {@code IS_NOT}.
 */
public enum Operator {
    IS,
    IS_NOT,
    CONTAINS,
    DOES_NOT_CONTAIN,
    STARTS_WITH,
    IN_LIST,
    NOT_IN_LIST,
    BEFORE,
    AFTER,
    BEFORE_OR_ON,
    AFTER_OR_ON,
    GREATER_THAN;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES =
            "IS|IS_NOT|CONTAINS|DOES_NOT_CONTAIN|STARTS_WITH|IN_LIST|NOT_IN_LIST|BEFORE|AFTER"
                    + "|BEFORE_OR_ON|AFTER_OR_ON|GREATER_THAN";

    /** True for the operators that negate another one. */
    public boolean negative() {
        return this == IS_NOT || this == DOES_NOT_CONTAIN || this == NOT_IN_LIST;
    }

    /** The operator this one negates, or itself when it is positive. */
    public Operator positive() {
        return switch (this) {
            case IS_NOT -> IS;
            case DOES_NOT_CONTAIN -> CONTAINS;
            case NOT_IN_LIST -> IN_LIST;
            default -> this;
        };
    }

    /** How the guide writes it: "is not", "before or on". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
