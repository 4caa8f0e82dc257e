package io.switchboard.agents;

/**
 * An agent's status or call state changed: the pages they have open (signed in as {@code username}) show their
 * presence anew (the status menu). Fired inside the transaction that changed it; observers that tell pages wait for
 * its commit.
 */
public record PresenceChanged(long agentId, String username) {}
