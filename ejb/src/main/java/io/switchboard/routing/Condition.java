package io.switchboard.routing;

/** One {@code attribute operator value} test of a route, as written (checked by {@link RouteConditions}). */
public record Condition(String attribute, String operator, String value) {
}
