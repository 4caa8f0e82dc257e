package io.switchboard.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One daily pre-aggregate of the Conversations report (V55): the {@link ReportHour} rows of one calendar day of the
 * account's time zone summed per measure and dimension values, same columns. Written by the rollup only (in SQL, from
 * report_hour); the report sums these rows when its days are in the zone they were built in.
 */
@Entity
@Table(name = "report_day")
public class ReportDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "local_day", nullable = false)
    private LocalDate localDay;

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

    protected ReportDay() {}

    public LocalDate getLocalDay() {
        return localDay;
    }

    public Measure getMeasure() {
        return measure;
    }

    public long getN() {
        return n;
    }
}
