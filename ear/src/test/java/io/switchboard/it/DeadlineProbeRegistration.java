package io.switchboard.it;

import io.switchboard.deadlines.DeadlineTicker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Test-only deadline handlers and an HTTP probe, deployed in the Arquillian test WAR (never in the product EAR):
 * {@code test.recording} writes a row per run into {@code deadline_test_firing}; {@code test.failing} fails its
 * first attempt, then records. Each row names the JVM it ran in, so a test can tell runs before and after a restart.
 */
/** Creates the firing table and registers the handlers with this deployment's ticker at every start. */
@Singleton
@Startup
public class DeadlineProbeRegistration {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @EJB
    DeadlineTicker ticker;

    @PostConstruct
    void register() {
        em.createNativeQuery("create table if not exists deadline_test_firing (subject_id bigint not null,"
                        + " kind varchar(100) not null, attempt integer not null, jvm varchar(36) not null,"
                        + " fired_at timestamp with time zone not null)")
                .executeUpdate();
        ticker.register(new RecordingDeadlineHandler(em, "test.recording"));
        ticker.register(new RecordingDeadlineHandler(em, "test.failing"));
    }

    @PreDestroy
    void unregister() {
        ticker.unregister("test.recording");
        ticker.unregister("test.failing");
    }
}
