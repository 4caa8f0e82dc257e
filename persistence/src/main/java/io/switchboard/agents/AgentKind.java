package io.switchboard.agents;

/** A person who signs in, or a bot that talks to customers through the API. */
public enum AgentKind {
    HUMAN,
    BOT
}
