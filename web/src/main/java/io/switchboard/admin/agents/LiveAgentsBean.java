package io.switchboard.admin.agents;

import io.switchboard.agents.AgentWorkload;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The live view of a queue's agents: status, occupancy/capacity per channel group and workload, refreshed. */
@Named
@ViewScoped
public class LiveAgentsBean implements Serializable {

    @Inject
    AgentWorkloads workloads;

    @EJB
    transient QueueService queues;

    private Long queueId;

    private List<Queue> queueChoices;

    public List<AgentWorkload> getAgents() {
        return workloads.workloads(queueId == null ? queues.defaultQueue().getId() : queueId);
    }

    public List<Queue> getQueues() {
        if (queueChoices == null) {
            queueChoices = queues.list();
        }
        return queueChoices;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }
}
