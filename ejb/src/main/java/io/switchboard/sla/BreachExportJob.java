package io.switchboard.sla;

import io.switchboard.conversations.DisplayIds;
import io.switchboard.settings.SettingsService;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The parts of the breach CSV export job; the job's parameters are the report filter and the export id. */
public final class BreachExportJob {

    private BreachExportJob() {}

    private static Properties parameters(JobContext job) {
        return BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    }

    /** Reads breaches of the filter in id order; the checkpoint is the last id read. */
    @Named("breachReader")
    @Dependent
    public static class Reader extends AbstractItemReader {

        @Inject
        JobContext job;

        @EJB
        SlaReports reports;

        private BreachFilter filter;
        private long lastId;
        private final Deque<SlaBreach> page = new ArrayDeque<>();

        @Override
        public void open(Serializable checkpoint) {
            filter = BreachFilter.of(parameters(job));
            lastId = checkpoint == null ? 0 : (Long) checkpoint;
        }

        @Override
        public Object readItem() {
            if (page.isEmpty()) {
                page.addAll(reports.chunk(filter, lastId, 500));
            }
            SlaBreach next = page.poll();
            if (next != null) {
                lastId = next.getId();
            }
            return next;
        }

        @Override
        public Serializable checkpointInfo() {
            return lastId;
        }
    }

    /** Appends a chunk's rows to the export, in the chunk's transaction. */
    @Named("breachCsvWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {

        @Inject
        JobContext job;

        @PersistenceContext
        EntityManager em;

        @Inject
        SettingsService settings;

        @Override
        public void writeItems(List<Object> items) {
            SlaBreachExport export =
                    em.find(SlaBreachExport.class, Long.valueOf(parameters(job).getProperty("exportId")));
            List<SlaBreach> breaches = items.stream().map(SlaBreach.class::cast).toList();
            Map<Long, Long> displayIds = displayIds(breaches);
            export.append(BreachCsv.lines(breaches, id -> displayIds.getOrDefault(id, id)), items.size());
        }

        /** The id people see of each conversation of the chunk, in one query. */
        private Map<Long, Long> displayIds(List<SlaBreach> breaches) {
            boolean shortIds = settings.shortIdEnabled();
            Map<Long, Long> ids = new HashMap<>();
            em.createQuery("select c.id, c.shortId from Conversation c where c.id in :ids", Object[].class)
                    .setParameter(
                            "ids",
                            breaches.stream()
                                    .map(SlaBreach::getConversationId)
                                    .distinct()
                                    .toList())
                    .getResultList()
                    .forEach(row -> ids.put(
                            (Long) row[0], DisplayIds.of((Long) row[0], ((Number) row[1]).longValue(), shortIds)));
            return ids;
        }
    }

    /** Marks the export done or failed when the job ends. */
    @Named("breachExportListener")
    @Dependent
    public static class Listener extends AbstractJobListener {

        @Inject
        JobContext job;

        @EJB
        SlaExports exports;

        @Override
        public void afterJob() {
            exports.finish(
                    Long.valueOf(parameters(job).getProperty("exportId")),
                    job.getBatchStatus() == BatchStatus.FAILED
                            ? SlaBreachExport.Status.FAILED
                            : SlaBreachExport.Status.DONE);
        }
    }
}
