package io.switchboard.agents;

/**
 * An agent may take new work: they became Available, or their occupancy dropped. Fired inside the transaction that
 * caused it; bulk assignment runs once that transaction committed.
 */
public record AgentFreed(long agentId) {}
