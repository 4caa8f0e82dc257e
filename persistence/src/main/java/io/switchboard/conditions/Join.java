package io.switchboard.conditions;

/** How a group of conditions combines its members: all must hold (AND) or at least one (OR). */
public enum Join {
    AND,
    OR
}
