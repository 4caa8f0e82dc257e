package io.switchboard.routing;

import io.switchboard.conversations.Priority;
import java.util.List;

/**
 * Where routing sends a conversation: the first enabled route that matched, or none (then the Default queue with
 * Normal priority), and for the first routes that did not match the condition that failed.
 *
 * @param queueId null for the Default queue
 */
public record RoutingDecision(Long routeId, String routeName, Long queueId, Priority priority, List<RouteMiss> misses) {

    /** How many non-matching routes a decision explains. */
    public static final int MISSES_KEPT = 10;

    public RoutingDecision {
        misses = List.copyOf(misses);
    }

    public boolean matched() {
        return routeId != null;
    }
}
