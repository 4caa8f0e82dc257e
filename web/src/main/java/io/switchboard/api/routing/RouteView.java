package io.switchboard.api.routing;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conversations.Priority;
import io.switchboard.routing.Route;

/** A route as the API shows it; {@code position} is its 1-based place in the evaluation order. */
public record RouteView(
        long id,
        String name,
        boolean enabled,
        int position,
        long queueId,
        String queueName,
        Priority priority,
        ConditionGroup conditions) {

    static RouteView of(Route route) {
        return new RouteView(
                route.getId(),
                route.getName(),
                route.isEnabled(),
                route.getOrdinal(),
                route.getQueue().getId(),
                route.getQueue().getName(),
                route.getPriority(),
                route.getConditions());
    }
}
