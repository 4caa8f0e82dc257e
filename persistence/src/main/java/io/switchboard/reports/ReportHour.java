package io.switchboard.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One hourly pre-aggregate of the Conversations report (V51): a measure for one UTC hour and one combination of
 * queue, channel, priority, tag (0: all), agent and SLA policy/severity/metric, with a duration histogram
 * ({@link ReportCells}). Written by the rollup only; the report sums these rows.
 */
@Entity
@Table(name = "report_hour")
public class ReportHour extends ReportCells {

    @Id
    @SequenceGenerator(name = "report_hour_seq", sequenceName = "report_hour_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_hour_seq")
    private Long id;

    @Column(name = "hour_start", nullable = false)
    private Instant hourStart;

    protected ReportHour() {}

    public ReportHour(
            Instant hourStart,
            Measure measure,
            Long queueId,
            String channel,
            String priority,
            long tagId,
            Long agentId,
            String policy,
            String severity,
            String metric,
            String sentiment,
            long n,
            long totalS,
            long[] buckets) {
        super(
                measure, queueId, channel, priority, tagId, agentId, policy, severity, metric, sentiment, n, totalS,
                buckets);
        this.hourStart = hourStart;
    }

    public Long getId() {
        return id;
    }

    public Instant getHourStart() {
        return hourStart;
    }
}
