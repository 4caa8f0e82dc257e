package io.switchboard.api.agents;

import java.util.Map;

/** Capacities by channel group (LIVE_MESSAGING, LIVE_CHAT, EMAIL); for an agent, null returns to the default. */
public class CapacityRequest {

    public Map<String, Integer> capacities;
}
