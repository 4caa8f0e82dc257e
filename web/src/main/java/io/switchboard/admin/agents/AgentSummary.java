package io.switchboard.admin.agents;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentKind;
import io.switchboard.queues.Queue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An agent as admin screens list it, with its queues besides the Default one, sorted by name; the screens format them.
 * A class: EL 5 cannot read records.
 */
public final class AgentSummary implements Serializable {

    private final long id;
    private final AgentKind kind;
    private final String name;
    private final String username;
    private final String title;
    private final String phone;
    private final String email;
    private final boolean enabled;
    private final List<Long> queueIds;
    private final List<String> queueNames;

    // Reads the lazy user and queues: call it inside the transaction that loaded the agent.
    public AgentSummary(Agent agent) {
        id = agent.getId();
        kind = agent.getKind();
        name = agent.getName();
        username = agent.getUser() == null ? null : agent.getUser().getUsername();
        title = agent.getTitle();
        phone = agent.getPhone();
        email = agent.getEmail();
        enabled = agent.isEnabled();
        List<Queue> queues = agent.getQueues().stream()
                .sorted(Comparator.comparing(Queue::getName))
                .toList();
        queueIds = queues.stream().map(Queue::getId).toList();
        queueNames = new ArrayList<>(queues.stream().map(Queue::getName).toList());
    }

    public long getId() {
        return id;
    }

    public AgentKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    /** The human agent's sign-in name; null for a bot. */
    public String getUsername() {
        return username;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public List<Long> getQueueIds() {
        return queueIds;
    }

    /** The queues' names, sorted, without the Default queue. */
    public List<String> getQueueNames() {
        return queueNames;
    }
}
