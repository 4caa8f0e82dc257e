package io.switchboard.routing;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conversations.Priority;

/** A route as routing evaluates it: where a match sends the conversation, with which priority, and when. */
public record RouteRule(
        long id, String name, boolean enabled, long queueId, Priority priority, ConditionGroup conditions) {}
