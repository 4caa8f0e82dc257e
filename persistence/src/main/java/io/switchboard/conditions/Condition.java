package io.switchboard.conditions;

/**
 * One {@code attribute operator value} test of a condition tree (a route's, an SLA policy's), as written; it is
 * checked before it is stored.
 */
public record Condition(String attribute, String operator, String value) {}
