package io.switchboard.routing;

import io.switchboard.conditions.AttributeCatalogue;
import io.switchboard.conditions.Facts;
import io.switchboard.conditions.Match;
import io.switchboard.conditions.Rule;
import io.switchboard.conditions.RuleSet;
import io.switchboard.conversations.Priority;
import java.util.List;

/**
 * The enabled routes in order, compiled once ({@link RuleSet}); immutable and safe to share between threads.
 * {@link #decide} gives the first route whose conditions hold, or the Default queue with Normal priority.
 */
public final class RouteSet {

    private final RuleSet<RouteRule> routes;

    private RouteSet(RuleSet<RouteRule> routes) {
        this.routes = routes;
    }

    /** Compiles the routes, in evaluation order; disabled ones are left out. */
    public static RouteSet compile(List<RouteRule> rules, AttributeCatalogue catalogue) {
        return new RouteSet(RuleSet.compile(
                rules.stream()
                        .filter(RouteRule::enabled)
                        .map(r -> new Rule<>(r.id(), r.name(), r.conditions(), r))
                        .toList(),
                catalogue));
    }

    /** How many routes take part (the enabled ones). */
    public int size() {
        return routes.size();
    }

    public RoutingDecision decide(Facts facts) {
        Match<RouteRule> match = routes.first(facts, RoutingDecision.MISSES_KEPT);
        List<RouteMiss> misses = match.misses().stream()
                .map(m -> new RouteMiss(m.ruleId(), m.ruleName(), m.path(), m.failed()))
                .toList();
        RouteRule route = match.yielded();
        return route == null
                ? new RoutingDecision(null, null, null, Priority.NORMAL, misses)
                : new RoutingDecision(route.id(), route.name(), route.queueId(), route.priority(), misses);
    }
}
