package io.switchboard.it;

import io.switchboard.agents.AgentCapacities;
import io.switchboard.agents.AgentPresence;
import io.switchboard.agents.AgentService;
import io.switchboard.agents.AgentStatuses;
import io.switchboard.apikeys.ApiKeyService;
import io.switchboard.channels.SenderService;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationFilter;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.lifecycle.ConversationService;
import io.switchboard.lifecycle.MessageIntake;
import io.switchboard.queues.QueueService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * What the in-server load ITs (a second engine instance beside the deployed EAR) share: the engine's services, the
 * database for the SQL checks afterwards, and the clean-up of what earlier tests left waiting. Deployed with each of
 * them ({@link EngineDeployment}), together with {@link LoadClient}.
 */
abstract class QueueLoadTest {

    @EJB
    AgentService agents;

    @EJB
    AgentStatuses agentStatuses;

    @EJB
    AgentPresence presence;

    @Inject
    AgentCapacities capacities;

    @EJB
    QueueService queues;

    @EJB
    SenderService senders;

    @EJB
    ApiKeyService apiKeys;

    @Inject
    MessageIntake intake;

    @EJB
    ConversationService conversations;

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    /**
     * Conversations that earlier tests left waiting in a queue would be assigned first (they waited longest) and take
     * this run's places: close them, so the agents' capacity is this run's to fill.
     */
    void closeWhatOthersLeftWaiting(long queueId) {
        ConversationFilter waiting = new ConversationFilter(
                queueId, ConversationStatus.OPEN, null, null, null, null, null, null, null, null, null);
        List<Conversation> left;
        while (!(left = conversations.list(waiting, 0, 500).items().stream()
                        .filter(c -> c.getAssignee() == null)
                        .toList())
                .isEmpty()) {
            left.forEach(c -> conversations.changeStatus(c.getId(), ConversationStatus.CLOSED));
        }
    }

    /** The deployed EAR's address, as {@link EngineDeployment} wrote it into the test archive. */
    static String switchboardUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = QueueLoadTest.class.getClassLoader().getResourceAsStream("switchboard-it.properties")) {
            properties.load(in);
        }
        return properties.getProperty("switchboard.url");
    }

    static long count(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, parameter);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<Long> ids(Connection connection, String sql, Object parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, parameter);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object parameter) throws SQLException {
        PreparedStatement select = connection.prepareStatement(sql);
        if (parameter instanceof Long id) {
            select.setLong(1, id);
        } else {
            select.setString(1, (String) parameter);
        }
        return select;
    }
}
