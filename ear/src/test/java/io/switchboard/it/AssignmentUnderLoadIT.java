package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentCapacities;
import io.switchboard.agents.AgentPresence;
import io.switchboard.agents.AgentService;
import io.switchboard.agents.AgentStatus;
import io.switchboard.agents.AgentStatuses;
import io.switchboard.apikeys.ApiKeyService;
import io.switchboard.channels.Channel;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.channels.SenderService;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationFilter;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.InboundMessage;
import io.switchboard.conversations.Message;
import io.switchboard.lifecycle.ConversationService;
import io.switchboard.lifecycle.MessageIntake;
import io.switchboard.queues.AutoAssignment;
import io.switchboard.queues.QueueService;
import io.switchboard.users.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
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
class AssignmentUnderLoadIT {

    static final int OVER_HTTP = 180;
    static final int IN_THIS_INSTANCE = 60;
    static final int AGENTS = 4;
    static final int CAPACITY = 3;

    @Deployment
    static EnterpriseArchive deployment() {
        return EngineDeployment.with(AssignmentUnderLoadIT.class);
    }

    @EJB
    AgentService agents;

    @EJB
    AgentStatuses agentStatuses;

    @EJB
    AgentPresence presence;

    @EJB
    AgentCapacities capacities;

    @EJB
    QueueService queues;

    @EJB
    SenderService senders;

    @EJB
    ApiKeyService apiKeys;

    @EJB
    MessageIntake intake;

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Resource
    ManagedExecutorService managedExecutor;

    @EJB
    ConversationService conversations;

    /**
     * Conversations that earlier tests left waiting in the Default queue would be assigned first (they waited longest)
     * and take this run's places: close them, so the agents' capacity is this run's to fill.
     */
    private void closeWhatOthersLeftWaiting(long defaultQueue) {
        ConversationFilter waiting = new ConversationFilter(
                defaultQueue, ConversationStatus.OPEN, null, null, null, null, null, null, null, null, null);
        List<Conversation> left;
        while (!(left = conversations.list(waiting, 0, 500).items().stream()
                        .filter(c -> c.getAssignee() == null)
                        .toList())
                .isEmpty()) {
            left.forEach(c -> conversations.changeStatus(c.getId(), ConversationStatus.CLOSED));
        }
    }

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
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> replies = new ArrayList<>();
        List<Future<?>> local = new ArrayList<>();
        try {
            for (int i = 0; i < OVER_HTTP; i++) {
                String body = """
                        {"channel": "SMS", "from": "+1999%s0%s", "to": "%s", "text": "help %s"}""".formatted(Math.abs(run.hashCode() % 1000), i, senderAddress, i);
                replies.add(pool.submit(() -> client.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode()));
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

    private static String switchboardUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                AssignmentUnderLoadIT.class.getClassLoader().getResourceAsStream("switchboard-it.properties")) {
            properties.load(in);
        }
        return properties.getProperty("switchboard.url");
    }

    private static long count(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter instanceof Long id) {
                select.setLong(1, id);
            } else {
                select.setString(1, (String) parameter);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
