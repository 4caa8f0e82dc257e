package io.switchboard.companion;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The parts of the {@code companion-reply-index} job, which rebuilds the reply index from every solved or closed
 * conversation: it empties the index, then indexes conversations in id order, in chunks, checkpointed by the last id.
 */
public final class ReplyIndexJob {

    /** The job's name (META-INF/batch-jobs/companion-reply-index.xml). */
    public static final String NAME = "companion-reply-index";

    private ReplyIndexJob() {}

    /** Reads the ids of solved and closed conversations in id order; the checkpoint is the last id read. */
    @Named("replyIndexReader")
    @Dependent
    public static class Reader extends AbstractItemReader {

        @EJB
        ReplyIndexRebuild rebuild;

        private long lastId;
        private final Deque<Long> page = new ArrayDeque<>();

        @Override
        public void open(Serializable checkpoint) {
            lastId = checkpoint == null ? 0 : (Long) checkpoint;
        }

        @Override
        public Object readItem() {
            if (page.isEmpty()) {
                page.addAll(rebuild.conversationsAfter(lastId, 200));
            }
            Long next = page.poll();
            if (next != null) {
                lastId = next;
            }
            return next;
        }

        @Override
        public Serializable checkpointInfo() {
            return lastId;
        }
    }

    /** Indexes a chunk of conversations and commits the index. */
    @Named("replyIndexWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {

        @EJB
        ReplyIndexRebuild rebuild;

        @Override
        public void writeItems(List<Object> items) {
            rebuild.indexChunk(items.stream().map(Long.class::cast).toList());
        }
    }

    /** Empties the index before a fresh run (a restarted run keeps what its chunks indexed). */
    @Named("replyIndexListener")
    @Dependent
    public static class Listener extends AbstractJobListener {

        @EJB
        ReplyIndexRebuild rebuild;

        @jakarta.inject.Inject
        jakarta.batch.runtime.context.JobContext job;

        @Override
        public void beforeJob() {
            boolean restarted = jakarta.batch.runtime.BatchRuntime.getJobOperator()
                            .getJobExecutions(jakarta.batch.runtime.BatchRuntime.getJobOperator()
                                    .getJobInstance(job.getExecutionId()))
                            .size()
                    > 1;
            if (!restarted) {
                rebuild.clear();
            }
        }
    }
}
