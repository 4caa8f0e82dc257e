package io.switchboard.routing;

/** Why routing ran for a conversation. */
public enum RoutingTrigger {
    /** The customer's first message opened it. */
    NEW_CONVERSATION,
    /** The route endpoint asked for it, e.g. a bot handing the conversation over to agents. */
    ROUTE_REQUEST
}
