package io.switchboard.routing;

/** A route that did not match in a routing decision, and the condition (or OR group) of its tree that failed. */
public record RouteMiss(long routeId, String routeName, String path, String failed) {}
