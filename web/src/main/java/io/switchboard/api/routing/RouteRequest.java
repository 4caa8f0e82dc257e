package io.switchboard.api.routing;

import io.switchboard.conversations.Priority;
import io.switchboard.routing.RouteDraft;
import jakarta.validation.constraints.Pattern;

/** A route as a whole. (A class, not a record: see CreateApiKeyRequest.) */
public class RouteRequest {

    public String name;
    /** Left out: enabled on creation, unchanged on update. */
    public Boolean enabled;

    public Long queueId;

    @Pattern(regexp = Priority.NAMES, message = "must be one of " + Priority.NAMES)
    public String priority;

    public ConditionGroupRequest conditions;

    RouteDraft draft() {
        return new RouteDraft(
                name,
                enabled,
                queueId,
                priority == null ? null : Priority.valueOf(priority),
                ConditionGroupRequest.toGroupOrNull(conditions));
    }
}
