package io.switchboard.bench;

import io.switchboard.deadlines.DeadlineTicker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.Date;
import javax.sql.DataSource;

/**
 * Benchmark only (PostgreSQL): writes {@code bench} deadlines in bulk, and the comparison, one persistent EJB timer
 * per deadline; registers the {@code bench} handler with this deployment's ticker. Each call is one transaction.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BenchStore {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @EJB
    DeadlineTicker ticker;

    @PostConstruct
    void register() {
        ticker.register(new BenchDeadlineHandler());
    }

    @PreDestroy
    void unregister() {
        ticker.unregister(BenchDeadlineHandler.KIND);
    }

    /** {@code count} deadlines due one every {@code everyMillis} from {@code firstMillis} (epoch ms), one statement. */
    public int insertDeadlines(long count, long firstMillis, double everyMillis) {
        return em.createNativeQuery("insert into deadline (id, kind, subject_id, due_at, attempts, created_at)"
                        + " select nextval('deadline_seq'), ?1, g, to_timestamp((?2 + (g - 1) * ?3) / 1000.0), 0, now()"
                        + " from generate_series(1, ?4) g")
                .setParameter(1, BenchDeadlineHandler.KIND)
                .setParameter(2, firstMillis)
                .setParameter(3, everyMillis)
                .setParameter(4, count)
                .executeUpdate();
    }

    public int deleteDeadlines() {
        return em.createNativeQuery("delete from deadline where kind = ?1")
                .setParameter(1, BenchDeadlineHandler.KIND)
                .executeUpdate();
    }

    /** What autovacuum would do soon after a bulk change; outside a transaction, as VACUUM requires. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void vacuumAnalyze() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("vacuum analyze deadline");
        }
    }

    /** {@code count} persistent single-action timers due like {@link #insertDeadlines}; the info is the due time. */
    public void createTimers(int count, long firstMillis, double everyMillis) {
        for (int i = 0; i < count; i++) {
            long due = firstMillis + (long) (i * everyMillis);
            timers.createSingleActionTimer(new Date(due), new TimerConfig(due, true));
        }
    }

    /** Cancels up to {@code max} of this bean's timers; returns how many it cancelled. */
    public int cancelTimers(int max) {
        int cancelled = 0;
        for (Timer timer : timers.getTimers()) {
            if (cancelled == max) {
                break;
            }
            timer.cancel();
            cancelled++;
        }
        return cancelled;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void fired(Timer timer) {
        BenchLateness.record((Long) timer.getInfo());
    }
}
