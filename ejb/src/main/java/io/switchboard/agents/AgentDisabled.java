package io.switchboard.agents;

/**
 * An agent was disabled, in the transaction that is still open: they "will not be able to handle conversations", so
 * the conversations assigned to them must go back to assignment before it commits (observed synchronously by the
 * lifecycle, which sits above this package).
 */
public record AgentDisabled(long agentId) {}
