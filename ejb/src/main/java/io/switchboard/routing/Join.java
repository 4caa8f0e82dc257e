package io.switchboard.routing;

/** How a group of conditions combines its members: all must hold (AND) or at least one (OR). */
public enum Join {
    AND, OR;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "AND|OR";
}
