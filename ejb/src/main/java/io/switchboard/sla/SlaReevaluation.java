package io.switchboard.sla;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/** Starts the re-evaluation job once a policy change committed, and tells how the latest run is going. */
@ApplicationScoped
public class SlaReevaluation {

    public static final String JOB = "sla-reevaluation";

    /** The latest run: its status, how many conversations it re-evaluated, when it started and ended. */
    public record Progress(
            long executionId, BatchStatus status, long reevaluated, Instant startedAt, Instant endedAt) {}

    void policiesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlaPoliciesChanged event) {
        start();
    }

    public long start() {
        return BatchRuntime.getJobOperator().start(JOB, new Properties());
    }

    public Progress latest() {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (!operator.getJobNames().contains(JOB)) {
            return null;
        }
        List<JobInstance> instances = operator.getJobInstances(JOB, 0, 1);
        if (instances.isEmpty()) {
            return null;
        }
        List<JobExecution> executions = operator.getJobExecutions(instances.get(0));
        JobExecution execution = executions.get(executions.size() - 1);
        long written = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += metric.getValue();
                }
            }
        }
        return new Progress(
                execution.getExecutionId(),
                execution.getBatchStatus(),
                written,
                execution.getStartTime() == null
                        ? null
                        : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant());
    }
}
