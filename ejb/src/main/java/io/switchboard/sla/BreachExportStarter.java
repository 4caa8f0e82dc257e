package io.switchboard.sla;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Properties;

/**
 * Starts a breach export's job once the request that stored the export committed: a job started inside that
 * transaction could run before the commit and find no export row (seen on PostgreSQL under load).
 */
@ApplicationScoped
public class BreachExportStarter {

    /** An export was stored; its job runs with these parameters. */
    public record Requested(Properties parameters) {}

    void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) Requested request) {
        BatchRuntime.getJobOperator().start(SlaReports.EXPORT_JOB, request.parameters());
    }
}
