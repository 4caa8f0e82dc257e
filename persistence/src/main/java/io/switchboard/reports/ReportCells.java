package io.switchboard.reports;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * What an hourly ({@link ReportHour}) and a daily ({@link ReportDay}) pre-aggregate of the Conversations report have
 * in common: a measure for one combination of queue, channel, priority, tag (0: all), agent, SLA
 * policy/severity/metric and sentiment label, its count, summed total (seconds for durations and agents' time, thousandths of a score
 * for {@link Measure#MESSAGE_SCORE}) and duration histogram. One home, so the two levels keep the same columns.
 */
@MappedSuperclass
public abstract class ReportCells {

    /** Histogram buckets, as many as io.switchboard.reports.logic.DurationBuckets has. */
    public static final int BUCKETS = 20;

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

    /** The conversation's sentiment label (NEGATIVE, NEUTRAL, POSITIVE) when the row was rolled up; null: none. */
    private String sentiment;

    @Column(nullable = false)
    private long n;

    @Column(name = "total_s", nullable = false)
    private long totalS;

    private int b00, b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19;

    protected ReportCells() {}

    protected ReportCells(
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
        this.measure = measure;
        this.queueId = queueId;
        this.channel = channel;
        this.priority = priority;
        this.tagId = tagId;
        this.agentId = agentId;
        this.policy = policy;
        this.severity = severity;
        this.metric = metric;
        this.sentiment = sentiment;
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

    public Measure getMeasure() {
        return measure;
    }

    public long getN() {
        return n;
    }
}
