package io.switchboard.lifecycle.workspace;

import io.switchboard.lifecycle.workspace.logic.RelayPayloads;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Carries "these conversations changed" to the other server instances, so that a page open on one instance follows
 * the changes committed on another (behind a balancer an agent's page keeps its websocket to one instance while the
 * gateway's messages and other people's actions land on any). PostgreSQL's LISTEN/NOTIFY on a channel per schema: no
 * table, no broker, nothing stored; a notice reaches the instances listening at the time (one sent while an instance
 * replaces its listening connection is missed there: its pages stay a change behind until the next). On H2 there is
 * one instance and nothing to carry.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WorkRelay {

    /** The channel's name before the schema's: deployments sharing a database (one schema each) never hear each other. */
    static final String CHANNEL_PREFIX = "switchboard_work/";

    private static final Logger LOG = Logger.getLogger(WorkRelay.class.getName());

    /** This instance, so that it skips its own notices (it announced them itself). */
    private final String instance = UUID.randomUUID().toString();

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @EJB
    AgentWorkspace workspace;

    @Inject
    Event<WorkChanged> notices;

    private volatile boolean running;
    private volatile boolean postgres;
    private volatile String channel;
    private Thread listener;

    @PostConstruct
    void start() {
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
            if (postgres) {
                try (Statement statement = connection.createStatement();
                        ResultSet schema = statement.executeQuery("select current_schema()")) {
                    schema.next();
                    String name = CHANNEL_PREFIX + schema.getString(1);
                    // PostgreSQL cuts identifiers at 63 bytes; LISTEN and pg_notify must agree on the name.
                    channel = name.length() > 63 ? name.substring(0, 63) : name;
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "database not reachable at start: live notices stay on this instance", e);
        }
        if (postgres) {
            running = true;
            listener = threads.newThread(this::listen);
            listener.setName("switchboard-work-relay");
            listener.start();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /**
     * Tells the other instances which conversations changed. Called after the change committed; inside a transaction
     * PostgreSQL delivers the notice only when that transaction commits.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void publish(Collection<Long> conversationIds) {
        if (!postgres || conversationIds.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            for (String text : RelayPayloads.encode(instance, conversationIds)) {
                notify.setString(1, channel);
                notify.setString(2, text);
                notify.execute();
            }
        } catch (SQLException e) {
            // The other instances' pages miss this change until their next notice or reload.
            LOG.log(Level.FINE, "live notice not relayed to the other instances", e);
        }
    }

    // One connection held while it works; a lost one (database restart) is replaced after a pause.
    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen \"" + channel.replace("\"", "\"\"") + "\"");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                warned = false;
                while (running) {
                    PGNotification[] received = pg.getNotifications(1_000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(warned ? Level.FINE : Level.WARNING, "live notices from other instances paused", e);
                    warned = true;
                    pause();
                }
            }
        }
    }

    private void receive(String text) {
        RelayPayloads.Payload payload = RelayPayloads.decode(text);
        if (payload == null || payload.instance().equals(instance) || !LiveAudience.anyone()) {
            return;
        }
        for (long id : payload.conversationIds()) {
            try {
                // Who here may see it, and its queue's sound, played once per message on this instance too.
                notices.fire(workspace.notice(id, WorkNotices.SOUNDED));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "relayed live notice of conversation " + id + " not sent", e);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
