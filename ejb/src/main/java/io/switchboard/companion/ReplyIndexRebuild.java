package io.switchboard.companion;

import io.switchboard.companion.logic.ReplyPairs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/** Rebuilding the reply index with the {@code companion-reply-index} batch job, and how far it got. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplyIndexRebuild {

    /**
     * The index as people see it: how many pairs it holds, and the last rebuild's state (null before the first), how
     * many conversations it has read of how many there are to read.
     */
    public record Progress(
            int pairs,
            Long executionId,
            String status,
            long conversationsDone,
            long conversationsTotal,
            Instant startedAt,
            Instant endedAt) {}

    @PersistenceContext
    EntityManager em;

    @EJB
    ReplyIndexHolder holder;

    @EJB
    CompanionService companion;

    /** Starts a rebuild; answers its execution id. */
    public long start() {
        return BatchRuntime.getJobOperator().start(ReplyIndexJob.NAME, new Properties());
    }

    /** The index and its latest rebuild. */
    public Progress progress() {
        long total = em.createQuery("select count(c) from Conversation c where c.status in :statuses", Long.class)
                .setParameter("statuses", CompanionService.LEARNED_FROM)
                .getSingleResult();
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<JobInstance> instances;
        try {
            instances = jobs.getJobInstances(ReplyIndexJob.NAME, 0, 1);
        } catch (NoSuchJobException never) {
            instances = List.of();
        }
        int pairs = holder.index().size();
        if (instances.isEmpty()) {
            return new Progress(pairs, null, null, 0, total, null, null);
        }
        List<JobExecution> executions = jobs.getJobExecutions(instances.get(0));
        JobExecution latest = executions.stream()
                .max(java.util.Comparator.comparingLong(JobExecution::getExecutionId))
                .orElseThrow();
        long done = 0;
        for (StepExecution step : jobs.getStepExecutions(latest.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.READ_COUNT) {
                    done += metric.getValue();
                }
            }
        }
        return new Progress(
                pairs,
                latest.getExecutionId(),
                latest.getBatchStatus().name(),
                done,
                total,
                latest.getStartTime() == null ? null : latest.getStartTime().toInstant(),
                latest.getEndTime() == null ? null : latest.getEndTime().toInstant());
    }

    /** The next solved or closed conversations after this id, in id order. */
    public List<Long> conversationsAfter(long lastId, int max) {
        return em.createQuery(
                        "select c.id from Conversation c where c.id > :last and c.status in :statuses order by c.id",
                        Long.class)
                .setParameter("last", lastId)
                .setParameter("statuses", CompanionService.LEARNED_FROM)
                .setMaxResults(max)
                .getResultList();
    }

    /** Indexes these conversations' replies and commits. */
    public void indexChunk(List<Long> conversationIds) {
        for (long id : conversationIds) {
            holder.index().replace(id, ReplyPairs.of(companion.lines(id)));
        }
        holder.index().commit();
    }

    public void clear() {
        holder.index().clear();
        holder.index().commit();
    }
}
