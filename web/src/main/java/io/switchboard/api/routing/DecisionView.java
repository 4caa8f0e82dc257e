package io.switchboard.api.routing;

import io.switchboard.conversations.Priority;
import io.switchboard.queues.Queue;
import io.switchboard.routing.RouteMiss;
import io.switchboard.routing.RoutingDecision;
import io.switchboard.routing.RoutingDecisionRecord;
import io.switchboard.routing.RoutingTrigger;
import java.time.Instant;
import java.util.List;

/**
 * A routing decision: the route that matched (null: none, so the Default queue), the queue and priority, and for the
 * first routes that did not match the condition that failed. Recorded decisions also say when and why routing ran.
 */
public record DecisionView(
        Long id,
        RoutingTrigger trigger,
        Instant decidedAt,
        boolean matched,
        Long routeId,
        String routeName,
        long queueId,
        String queueName,
        Priority priority,
        List<RouteMiss> misses) {

    static DecisionView of(RoutingDecision decision, Queue queue) {
        return new DecisionView(
                null,
                null,
                null,
                decision.matched(),
                decision.routeId(),
                decision.routeName(),
                queue.getId(),
                queue.getName(),
                decision.priority(),
                decision.misses());
    }

    static DecisionView of(RoutingDecisionRecord recorded) {
        return new DecisionView(
                recorded.getId(),
                recorded.getTrigger(),
                recorded.getDecidedAt(),
                recorded.getRouteId() != null,
                recorded.getRouteId(),
                recorded.getRouteName(),
                recorded.getQueue().getId(),
                recorded.getQueue().getName(),
                recorded.getPriority(),
                recorded.getMisses());
    }
}
