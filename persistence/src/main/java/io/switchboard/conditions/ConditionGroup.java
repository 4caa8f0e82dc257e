package io.switchboard.conditions;

import java.util.List;

/**
 * A node of a condition tree (a route's, an SLA policy's): its conditions and sub-groups joined by AND or OR. The
 * join is kept as written (a string) until the tree is checked, so that an error can name the field.
 */
public record ConditionGroup(String join, List<Condition> conditions, List<ConditionGroup> groups) {

    public ConditionGroup {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public static ConditionGroup all(Condition... conditions) {
        return new ConditionGroup(Join.AND.name(), List.of(conditions), List.of());
    }

    public static ConditionGroup any(Condition... conditions) {
        return new ConditionGroup(Join.OR.name(), List.of(conditions), List.of());
    }

    /** A copy with these sub-groups. */
    public ConditionGroup withGroups(ConditionGroup... subGroups) {
        return new ConditionGroup(join, conditions, List.of(subGroups));
    }
}
