package io.switchboard.api.routing;

import io.switchboard.conditions.Condition;
import io.switchboard.conditions.ConditionGroup;
import java.util.List;

/** A group of conditions and sub-groups joined by AND or OR. */
public class ConditionGroupRequest {

    /** AND or OR */
    public String join;

    public List<ConditionRequest> conditions;
    public List<ConditionGroupRequest> groups;

    /** The tree for the service to check; missing members become empty ones that the check names. */
    ConditionGroup toGroup() {
        List<Condition> members = conditions == null
                ? List.of()
                : conditions.stream()
                        .map(c -> c == null ? new Condition(null, null, null) : c.toCondition())
                        .toList();
        List<ConditionGroup> nested = groups == null
                ? List.of()
                : groups.stream()
                        .map(g -> g == null ? new ConditionGroup(null, List.of(), List.of()) : g.toGroup())
                        .toList();
        return new ConditionGroup(join, members, nested);
    }

    /** The tree, or null when no conditions were given (the check names the field). */
    public static ConditionGroup toGroupOrNull(ConditionGroupRequest request) {
        return request == null ? null : request.toGroup();
    }
}
