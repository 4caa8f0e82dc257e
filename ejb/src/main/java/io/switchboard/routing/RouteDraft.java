package io.switchboard.routing;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conversations.Priority;

/** A route as a supervisor writes it, before it is checked; {@code enabled} null means enabled. */
public record RouteDraft(String name, Boolean enabled, Long queueId, Priority priority, ConditionGroup conditions) {}
