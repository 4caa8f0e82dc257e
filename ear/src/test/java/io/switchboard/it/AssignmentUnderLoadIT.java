package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentStatus;
import io.switchboard.channels.Channel;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.InboundMessage;
import io.switchboard.conversations.Message;
import io.switchboard.queues.AutoAssignment;
import io.switchboard.users.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, as a second engine instance beside the deployed EAR: a burst of new conversations arrives at
 * once, most through the REST API of the deployed EAR and the rest through this instance's intake, at the Default
 * queue with automatic assignment and only four available agents of small capacity. Then SQL checks that no agent's
 * occupancy exceeds their capacity, that no conversation was given to two agents, and that the rest wait unassigned.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentUnderLoadIT extends QueueLoadTest {

    static final int OVER_HTTP = 180;
    static final int IN_THIS_INSTANCE = 60;
    static final int AGENTS = 4;
    static final int CAPACITY = 3;

    @Deployment
    static EnterpriseArchive deployment() {
        return EngineDeployment.with(AssignmentUnderLoadIT.class, QueueLoadTest.class, LoadClient.class);
    }

    @Resource
    ManagedExecutorService managedExecutor;

    /**
     * Conversations that earlier tests left waiting in the Default queue would be assigned first (they waited longest)
     * and take this run's places: close them, so the agents' capacity is this run's to fill.
     */
    @Test
    void neverExceedsCapacityNorAssignsAConversationTwice() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String senderAddress = "+1555" + ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
        senders.create(Channel.SMS, senderAddress, "load " + run);
        String token = apiKeys.create("load-" + run, EnumSet.of(Role.GATEWAY), "arquillian")
                .token();
        long defaultQueue = queues.defaultQueue().getId();
        AutoAssignment before = queues.defaultQueue().getAutoAssignment();
        long available = agentStatuses.statusByCode(AgentStatus.AVAILABLE).getId();
        long offline = agentStatuses.statusByCode(AgentStatus.OFFLINE).getId();
        List<Long> agentIds = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            Agent agent = agents.createHuman(
                    "load-" + run + "-" + i, "load-password".toCharArray(), "Load agent " + i, null, null, List.of());
            capacities.changeOwnCapacities(agent.getId(), Map.of(ChannelGroup.LIVE_MESSAGING, CAPACITY));
            presence.setStatus(agent.getId(), available);
            agentIds.add(agent.getId());
        }
        closeWhatOthersLeftWaiting(defaultQueue);
        queues.configure(defaultQueue, AutoAssignment.ANY_AVAILABLE_AGENT, null, null);
        try {
            burst(senderAddress, token, run);
        } finally {
            queues.configure(defaultQueue, before, null, null);
            for (Long agentId : agentIds) {
                presence.setStatus(agentId, offline);
            }
        }

        try (Connection connection = dataSource.getConnection()) {
            String ofThisRun = " from conversation c join sender s on s.id = c.sender_id where s.address = ?";
            assertEquals(
                    OVER_HTTP + IN_THIS_INSTANCE,
                    count(connection, "select count(*)" + ofThisRun, senderAddress),
                    "every inbound conversation was stored");
            for (Long agentId : agentIds) {
                long occupancy = count(
                        connection,
                        "select count(*) from conversation where assignee_id = ?" + " and status <> 'CLOSED'",
                        agentId);
                assertTrue(occupancy <= CAPACITY, "agent " + agentId + " holds " + occupancy);
                assertEquals(CAPACITY, occupancy, "agent " + agentId + " was filled to capacity");
            }
            // One winner per conversation: at most one decision chose an agent, and it is the assignee.
            assertEquals(
                    0,
                    count(
                            connection,
                            "select count(*) from (select d.conversation_id from assignment_decision d"
                                    + " join conversation c on c.id = d.conversation_id join sender s on s.id = c.sender_id"
                                    + " where s.address = ? and d.agent_id is not null group by d.conversation_id"
                                    + " having count(*) > 1) twice",
                            senderAddress));
            assertEquals(
                    0,
                    count(
                            connection,
                            "select count(*) from assignment_decision d join conversation c"
                                    + " on c.id = d.conversation_id join sender s on s.id = c.sender_id where s.address = ?"
                                    + " and d.agent_id is not null and (c.assignee_id is null or c.assignee_id <> d.agent_id)",
                            senderAddress));
            assertEquals(
                    (long) AGENTS * CAPACITY,
                    count(connection, "select count(*)" + ofThisRun + " and c.assignee_id is not null", senderAddress));
            assertEquals(
                    OVER_HTTP + IN_THIS_INSTANCE - (long) AGENTS * CAPACITY,
                    count(
                            connection,
                            "select count(*)" + ofThisRun + " and c.assignee_id is null and c.status = 'OPEN'",
                            senderAddress),
                    "the rest wait, unassigned and open");
        }
    }

    private void burst(String senderAddress, String token, String run) throws Exception {
        String url = switchboardUrl() + "/api/v1/messages";
        LoadClient client = new LoadClient(token);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> replies = new ArrayList<>();
        List<Future<?>> local = new ArrayList<>();
        try {
            for (int i = 0; i < OVER_HTTP; i++) {
                String body = """
                        {"channel": "SMS", "from": "+1999%s0%s", "to": "%s", "text": "help %s"}""".formatted(Math.abs(run.hashCode() % 1000), i, senderAddress, i);
                replies.add(pool.submit(() -> client.postMessage(url, body)));
                if (i % 3 == 0 && local.size() < IN_THIS_INSTANCE) {
                    String from = "+1888" + Math.abs(run.hashCode() % 1000) + "0" + i;
                    local.add(managedExecutor.submit(() -> intake.receive(new InboundMessage(
                            Message.Content.text(Channel.SMS, from, senderAddress, "hello"),
                            InboundMessage.Keys.NONE,
                            InboundMessage.Customer.UNKNOWN))));
                }
            }
            for (Future<Integer> reply : replies) {
                assertEquals(201, reply.get());
            }
            for (Future<?> done : local) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
