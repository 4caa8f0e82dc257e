package io.switchboard.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One hourly pre-aggregate of the Conversations report (V51): a measure for one UTC hour and one combination of
 * queue, channel, priority, tag (0: all), agent and SLA policy/severity/metric, with a duration histogram. Written by
 * the rollup only; the report sums these rows.
 */
@Entity
@Table(name = "report_hour")
public class ReportHour {

    /** Histogram buckets, as many as io.switchboard.reports.logic.DurationBuckets has. */
    public static final int BUCKETS = 20;

    @Id
    @SequenceGenerator(name = "report_hour_seq", sequenceName = "report_hour_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_hour_seq")
    private Long id;

    @Column(name = "hour_start", nullable = false)
    private Instant hourStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Measure measure;

    @Column(name = "queue_id")
    private Long queueId;

    private String channel;
    private String priority;

    @Column(name = "tag_id", nullable = false)
    private long tagId;

    @Column(name = "agent_id")
    private Long agentId;

    private String policy;
    private String severity;
    private String metric;

    @Column(nullable = false)
    private long n;

    @Column(name = "total_s", nullable = false)
    private long totalS;

    private int b00, b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19;

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
            long n,
            long totalS,
            long[] buckets) {
        this.hourStart = hourStart;
        this.measure = measure;
        this.queueId = queueId;
        this.channel = channel;
        this.priority = priority;
        this.tagId = tagId;
        this.agentId = agentId;
        this.policy = policy;
        this.severity = severity;
        this.metric = metric;
        this.n = n;
        this.totalS = totalS;
        int[] b = new int[BUCKETS];
        for (int i = 0; i < BUCKETS && buckets != null && i < buckets.length; i++) {
            b[i] = (int) buckets[i];
        }
        b00 = b[0];
        b01 = b[1];
        b02 = b[2];
        b03 = b[3];
        b04 = b[4];
        b05 = b[5];
        b06 = b[6];
        b07 = b[7];
        b08 = b[8];
        b09 = b[9];
        b10 = b[10];
        b11 = b[11];
        b12 = b[12];
        b13 = b[13];
        b14 = b[14];
        b15 = b[15];
        b16 = b[16];
        b17 = b[17];
        b18 = b[18];
        b19 = b[19];
    }

    public Long getId() {
        return id;
    }

    public Instant getHourStart() {
        return hourStart;
    }

    public Measure getMeasure() {
        return measure;
    }

    public long getN() {
        return n;
    }
}
