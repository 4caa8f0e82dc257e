package io.switchboard.admin.sla;

import io.switchboard.sla.SlaReevaluation;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The SLA screen's progress panel: how the latest re-evaluation of open conversations goes. Times in UTC. */
@Named
@ViewScoped
public class SlaReevaluationBean implements Serializable {

    private static final DateTimeFormatter WHEN_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** The latest re-evaluation run, as the page shows it. */
    public static final class ProgressView implements Serializable {
        private final String status;
        private final long reevaluated;
        private final String startedAt;
        private final String endedAt;
        private final boolean running;

        ProgressView(SlaReevaluation.Progress progress) {
            status = io.switchboard.admin.support.Labels.words(progress.status());
            reevaluated = progress.reevaluated();
            startedAt = progress.startedAt() == null ? "" : WHEN_SECONDS.format(progress.startedAt());
            endedAt = progress.endedAt() == null ? "" : WHEN_SECONDS.format(progress.endedAt());
            running = progress.status() == BatchStatus.STARTING
                    || progress.status() == BatchStatus.STARTED
                    || progress.status() == BatchStatus.STOPPING;
        }

        public String getStatus() {
            return status;
        }

        public long getReevaluated() {
            return reevaluated;
        }

        public String getStartedAt() {
            return startedAt;
        }

        public String getEndedAt() {
            return endedAt;
        }

        public boolean isRunning() {
            return running;
        }
    }

    @Inject
    transient SlaReevaluation reevaluation;

    private ProgressView progress;

    /** Reads how the latest re-evaluation run goes (the poll calls it while one runs). */
    @PostConstruct
    public void refreshProgress() {
        SlaReevaluation.Progress latest = reevaluation.latest();
        progress = latest == null ? null : new ProgressView(latest);
    }

    public ProgressView getProgress() {
        return progress;
    }

    public boolean isReevaluating() {
        return progress != null && progress.isRunning();
    }
}
