package io.switchboard.sla;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Marks an export finished, in its own transaction (job listeners run outside the chunks'). */
@Stateless
public class SlaExports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void finish(long exportId, SlaBreachExport.Status outcome) {
        SlaBreachExport export = em.find(SlaBreachExport.class, exportId);
        if (export != null) {
            export.finish(outcome, clock.instant());
        }
    }
}
