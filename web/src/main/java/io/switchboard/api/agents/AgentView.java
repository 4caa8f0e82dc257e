package io.switchboard.api.agents;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentKind;
import io.switchboard.queues.Queue;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** An agent as the API shows it (usernames to supervisors only); {@code queues} leaves out the Default queue every agent works in. */
public record AgentView(
        long id,
        AgentKind kind,
        String name,
        String username,
        boolean enabled,
        String title,
        String phone,
        String email,
        List<Long> queueIds,
        Instant createdAt) {

    public static AgentView of(Agent agent) {
        return of(agent, true);
    }

    /** The agent, with their username only when {@code showUsername} (supervisors). */
    public static AgentView of(Agent agent, boolean showUsername) {
        return new AgentView(
                agent.getId(),
                agent.getKind(),
                agent.getName(),
                agent.getUser() == null || !showUsername
                        ? null
                        : agent.getUser().getUsername(),
                agent.isEnabled(),
                agent.getTitle(),
                agent.getPhone(),
                agent.getEmail(),
                agent.getQueues().stream()
                        .map(Queue::getId)
                        .sorted(Comparator.naturalOrder())
                        .toList(),
                agent.getCreatedAt());
    }
}
