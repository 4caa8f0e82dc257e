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
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Issue 20, bulk assignment: many agents coming online together at a queue full of waiting conversations. 300
 * conversations wait in a queue of their own; its 30 agents (capacity 20 each for Live Messaging) set themselves
 * Available over the REST API at the same instant. The queue's coalesced bulk run deals the waiting conversations to
 * the least loaded: SQL then finds every conversation assigned, each agent with 10 (spread at most one), nobody above
 * capacity, and no conversation chosen by two decisions.
 */
@ExtendWith(ArquillianExtension.class)
class BulkAssignmentIT extends QueueLoadTest {

    static final int CAPACITY = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return EngineDeployment.with(BulkAssignmentIT.class, QueueLoadTest.class, LoadClient.class);
    }

    @Resource
    ManagedThreadFactory threads;

    @Test
    void threeHundredWaitingThirtyAgentsOnlineTogetherAllAssignedSpreadWithinOne() throws Exception {
        bulkRound(300, 30, false);
    }

    /**
     * A batch reads its conversations' SLA rows in one statement: with a policy on the sender, every conversation's
     * row is still evaluated at its assignment (its time of evaluation is after the agents came online) and keeps
     * the policy and a due time.
     */
    @Test
    void sixtyWaitingUnderAnSlaPolicySixAgentsOnlineTogetherEachEvaluatedAtAssignment() throws Exception {
        bulkRound(60, 6, true);
    }

    private void bulkRound(int waiting, int agentCount, boolean underPolicy) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String senderAddress = "+1557" + ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
        long senderId =
                senders.create(Channel.SMS, senderAddress, "bulk " + run).getId();
        // The policy goes through the deployed application's API, as a supervisor's would: its re-evaluation job runs
        // there, never in this test deployment (undeployed after the class, it would cut a running job short).
        LoadClient supervisor =
                new LoadClient(apiKeys.create("bulk-sla-" + run, EnumSet.of(Role.ACCOUNT_MANAGER), "arquillian")
                        .token());
        Long policyId = null;
        if (underPolicy) {
            HttpResponse<String> created =
                    supervisor.post(switchboardUrl() + "/api/v1/sla-policies", """
                    {"name": "Bulk %s",
                     "conditions": {"join": "AND",
                                    "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                     "severities": [{"name": "Default", "firstResponseMinutes": 600, "resolutionMinutes": 6000}]}""".formatted(run, senderId));
            assertEquals(201, created.statusCode(), created.body());
            try (JsonReader reader = Json.createReader(new StringReader(created.body()))) {
                policyId = reader.readObject().getJsonNumber("id").longValue();
            }
        }
        try {
            assign(waiting, agentCount, run, senderAddress, policyId);
        } finally {
            // Deleted after the checks: a deletion evaluates its conversations again, without it.
            if (policyId != null) {
                HttpResponse<String> deleted = supervisor.delete(switchboardUrl() + "/api/v1/sla-policies/" + policyId);
                assertEquals(204, deleted.statusCode(), deleted.body());
            }
        }
    }

    private void assign(int waiting, int agentCount, String run, String senderAddress, Long policyId) throws Exception {
        long queueId = queues.create("Bulk " + run).getId();
        queues.configure(queueId, AutoAssignment.ANY_AVAILABLE_AGENT, null, null);
        long defaultQueue = queues.defaultQueue().getId();
        AutoAssignment before = queues.defaultQueue().getAutoAssignment();
        long offline = agentStatuses.statusByCode(AgentStatus.OFFLINE).getId();
        long available = agentStatuses.statusByCode(AgentStatus.AVAILABLE).getId();
        String password = "bulk-password-" + run;
        Map<Long, String> usernames = new HashMap<>();
        for (int i = 0; i < agentCount; i++) {
            String username = "bulk-" + run + "-" + i;
            Agent agent = agents.createHuman(
                    username, password.toCharArray(), "Bulk agent " + i, null, null, List.of(queueId));
            capacities.changeOwnCapacities(agent.getId(), Map.of(ChannelGroup.LIVE_MESSAGING, CAPACITY));
            usernames.put(agent.getId(), username);
        }
        // The conversations arrive while nobody of the queue is online, and nobody takes them in the Default queue.
        closeWhatOthersLeftWaiting(defaultQueue);
        queues.configure(defaultQueue, AutoAssignment.OFF, null, null);
        String tag = String.format("%03d", Math.abs(run.hashCode() % 1000));
        try {
            for (int i = 0; i < waiting; i++) {
                String from = "+1996" + tag + String.format("%04d", i);
                intake.receive(new InboundMessage(
                        Message.Content.text(Channel.SMS, from, senderAddress, "waiting " + i),
                        InboundMessage.Keys.NONE,
                        InboundMessage.Customer.UNKNOWN));
            }
            try (Connection connection = dataSource.getConnection()) {
                for (long id : ids(connection, "select c.id" + OF_RUN, senderAddress)) {
                    conversations.moveToQueue(id, queueId);
                }
            }
        } finally {
            queues.configure(defaultQueue, before, null, null);
        }

        // A supervisor's key (a manager sets anyone's status), as a team lead or a workforce tool would.
        String token = apiKeys.create("bulk-" + run, EnumSet.of(Role.MANAGER), "arquillian")
                .token();
        Instant online;
        try {
            long start = System.nanoTime();
            online = Instant.now();
            allOnlineAtOnce(usernames.keySet(), token, available);
            long answered = System.nanoTime();
            awaitAssigned(senderAddress);
            System.out.printf(
                    "BulkAssignmentIT: %d agents online in %d ms, %d conversations all assigned after %d ms%n",
                    agentCount, (answered - start) / 1_000_000, waiting, (System.nanoTime() - start) / 1_000_000);
        } finally {
            for (Long agentId : usernames.keySet()) {
                presence.setStatus(agentId, offline);
            }
        }

        try (Connection connection = dataSource.getConnection()) {
            assertEquals(waiting, count(connection, "select count(*)" + OF_RUN, senderAddress));
            assertEquals(
                    waiting,
                    count(connection, "select count(*)" + OF_RUN + " and c.assignee_id is not null", senderAddress),
                    "every waiting conversation was assigned");
            List<Long> held = new ArrayList<>();
            long most = Long.MIN_VALUE;
            long least = Long.MAX_VALUE;
            for (Long agentId : usernames.keySet()) {
                long occupancy = count(
                        connection,
                        "select count(*) from conversation where assignee_id = ? and status <> 'CLOSED'",
                        agentId);
                assertTrue(occupancy <= CAPACITY, "agent " + agentId + " holds " + occupancy + " > " + CAPACITY);
                held.add(occupancy);
                most = Math.max(most, occupancy);
                least = Math.min(least, occupancy);
            }
            assertTrue(most - least <= 1, "spread " + (most - least) + ": " + held);
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
            if (policyId != null) {
                try (PreparedStatement query = connection.prepareStatement("select count(*)" + OF_RUN
                        + " and exists (select 1 from conversation_sla r where r.conversation_id = c.id"
                        + " and r.policy_id = ? and r.next_due_at is not null and r.evaluated_at >= ?)"
                        + " and c.sla_due_at is not null")) {
                    query.setString(1, senderAddress);
                    query.setLong(2, policyId);
                    query.setTimestamp(3, Timestamp.from(online));
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        assertEquals(
                                waiting,
                                rows.getLong(1),
                                "every conversation's SLA row kept its policy and was evaluated at its assignment");
                    }
                }
            }
        }
    }

    static final String OF_RUN = " from conversation c join sender s on s.id = c.sender_id where s.address = ?";

    // Every agent sets themselves Available over HTTP, all released at one latch.
    private void allOnlineAtOnce(java.util.Set<Long> agentIds, String token, long available) throws Exception {
        String base = switchboardUrl() + "/api/v1/agents/";
        LoadClient client = new LoadClient(token);
        ExecutorService pool = Executors.newFixedThreadPool(agentIds.size(), threads);
        CountDownLatch ready = new CountDownLatch(agentIds.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> replies = new ArrayList<>();
        try {
            agentIds.forEach(agentId -> replies.add(pool.submit(() -> {
                ready.countDown();
                go.await(30, TimeUnit.SECONDS);
                return client.put(base + agentId + "/status", "{\"statusId\": " + available + "}");
            })));
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            for (Future<HttpResponse<String>> reply : replies) {
                HttpResponse<String> response = reply.get(120, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.body());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // Bulk runs go after the status changes commit, asynchronously: wait until nothing is left (or a minute passed).
    private void awaitAssigned(String senderAddress) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long waiting;
        do {
            Thread.sleep(250);
            try (Connection connection = dataSource.getConnection()) {
                waiting = count(connection, "select count(*)" + OF_RUN + " and c.assignee_id is null", senderAddress);
            }
        } while (waiting > 0 && System.nanoTime() < deadline);
    }
}
