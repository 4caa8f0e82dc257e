package io.switchboard.people;

/** A customer's gender, as the guide's routing offers it. */
public enum Gender {
    MALE,
    FEMALE;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "MALE|FEMALE";
}
