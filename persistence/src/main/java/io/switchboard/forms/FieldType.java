package io.switchboard.forms;

/** The kinds of input field a conversation form can hold (the guide's list). */
public enum FieldType {
    TEXT,
    MULTI_LINE,
    CHECKBOX,
    /** Options with levels: "Clothing: Shirts" is the sub-value Shirts under Clothing. */
    DROPDOWN,
    WHOLE_NUMBER,
    DECIMAL,
    DATETIME,
    /** Text that must match the field's pattern as a whole. */
    REGEX;

    public static final String NAMES = "TEXT|MULTI_LINE|CHECKBOX|DROPDOWN|WHOLE_NUMBER|DECIMAL|DATETIME|REGEX";
}
