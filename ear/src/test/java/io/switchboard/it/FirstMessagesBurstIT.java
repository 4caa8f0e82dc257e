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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20: assignment chooses from a snapshot and takes the winner's row with a lock that skips rows other decisions
 * hold; the database must still keep every agent within capacity and every conversation with one owner. 64 first
 * messages from 64 customers are released at the same instant at one queue (the Default queue, automatic assignment)
 * with three available agents: half through the deployed EAR's REST API, half through this second engine instance's
 * own intake, each with its own connection pool. SQL then finds each agent at exactly their capacity, never above,
 * no conversation chosen by two decisions, every decision's agent the assignee, and the rest waiting unassigned.
 */
@ExtendWith(ArquillianExtension.class)
class FirstMessagesBurstIT extends QueueLoadTest {

    static final int OVER_HTTP = 32;
    static final int IN_THIS_INSTANCE = 32;
    static final int AGENTS = 3;
    static final int CAPACITY = 7;

    @Deployment
    static EnterpriseArchive deployment() {
        return EngineDeployment.with(FirstMessagesBurstIT.class, QueueLoadTest.class, LoadClient.class);
    }

    @Resource
    ManagedThreadFactory threads;

    @Test
    void sixtyFourFirstMessagesThreeAgentsTwoInstancesExactlyOnceWithinCapacity() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String senderAddress = "+1556" + ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
        senders.create(Channel.SMS, senderAddress, "burst " + run);
        String token = apiKeys.create("burst-" + run, EnumSet.of(Role.GATEWAY), "arquillian")
                .token();
        long defaultQueue = queues.defaultQueue().getId();
        AutoAssignment before = queues.defaultQueue().getAutoAssignment();
        long available = agentStatuses.statusByCode(AgentStatus.AVAILABLE).getId();
        long offline = agentStatuses.statusByCode(AgentStatus.OFFLINE).getId();
        List<Long> agentIds = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            Agent agent = agents.createHuman(
                    "burst-" + run + "-" + i,
                    "burst-password".toCharArray(),
                    "Burst agent " + i,
                    null,
                    null,
                    List.of());
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
                    "every first message opened its conversation");
            for (Long agentId : agentIds) {
                long occupancy = count(
                        connection,
                        "select count(*) from conversation where assignee_id = ? and status <> 'CLOSED'",
                        agentId);
                assertTrue(occupancy <= CAPACITY, "agent " + agentId + " holds " + occupancy + " > " + CAPACITY);
                assertEquals(CAPACITY, occupancy, "agent " + agentId + " was filled to capacity");
            }
            assertEquals(
                    0,
                    count(
                            connection,
                            "select count(*) from (select d.conversation_id from assignment_decision d"
                                    + " join conversation c on c.id = d.conversation_id join sender s on s.id = c.sender_id"
                                    + " where s.address = ? and d.agent_id is not null group by d.conversation_id"
                                    + " having count(*) > 1) twice",
                            senderAddress),
                    "no conversation chosen by two decisions");
            assertEquals(
                    0,
                    count(
                            connection,
                            "select count(*) from assignment_decision d join conversation c"
                                    + " on c.id = d.conversation_id join sender s on s.id = c.sender_id where s.address = ?"
                                    + " and d.agent_id is not null and (c.assignee_id is null or c.assignee_id <> d.agent_id)",
                            senderAddress),
                    "every decision's agent is the assignee");
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

    // All 64 wait at one latch and go together: 32 over HTTP (the deployed EAR), 32 through this instance's intake.
    private void burst(String senderAddress, String token, String run) throws Exception {
        String url = switchboardUrl() + "/api/v1/messages";
        LoadClient client = new LoadClient(token);
        ExecutorService pool = Executors.newFixedThreadPool(OVER_HTTP + IN_THIS_INSTANCE, threads);
        CountDownLatch ready = new CountDownLatch(OVER_HTTP + IN_THIS_INSTANCE);
        CountDownLatch go = new CountDownLatch(1);
        String tag = String.format("%03d", Math.abs(run.hashCode() % 1000));
        List<Future<Integer>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < OVER_HTTP + IN_THIS_INSTANCE; i++) {
                String from = "+1997" + tag + String.format("%04d", i);
                boolean http = i % 2 == 0;
                Callable<Integer> send = http
                        ? () -> client.postMessage(url, """
                                {"channel": "SMS", "from": "%s", "to": "%s", "text": "first"}""".formatted(from, senderAddress))
                        : () -> {
                            intake.receive(new InboundMessage(
                                    Message.Content.text(Channel.SMS, from, senderAddress, "first"),
                                    InboundMessage.Keys.NONE,
                                    InboundMessage.Customer.UNKNOWN));
                            return 201;
                        };
                replies.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(30, TimeUnit.SECONDS);
                    return send.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            for (Future<Integer> reply : replies) {
                assertEquals(201, reply.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
