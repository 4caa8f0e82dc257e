package io.switchboard.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A CSV export of the breach report that a batch job writes chunk by chunk; any instance can serve the result. */
@Entity
@Table(name = "sla_breach_export")
public class SlaBreachExport {

    /** Where the export stands. */
    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "sla_breach_export_seq", sequenceName = "sla_breach_export_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_breach_export_seq")
    private Long id;

    /** The report's filter, as query parameters. */
    @Column(nullable = false, updatable = false)
    private String criteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Lob
    private String content;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected SlaBreachExport() {}

    public SlaBreachExport(String criteria, String header, String requestedBy, Instant requestedAt) {
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.content = header;
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = requestedAt;
        this.status = Status.RUNNING;
    }

    /** Appends CSV lines of one chunk. */
    public void append(String lines, int count) {
        content = content + lines;
        rowCount += count;
    }

    public void finish(Status outcome, Instant at) {
        status = outcome;
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCriteria() {
        return criteria;
    }

    public Status getStatus() {
        return status;
    }

    public long getRowCount() {
        return rowCount;
    }

    public String getContent() {
        return content;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
