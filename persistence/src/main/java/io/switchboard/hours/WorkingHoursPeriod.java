package io.switchboard.hours;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * When queues work: weekly intervals in a time zone, holidays, and the away message customers get when they open a
 * conversation outside them. Invariants: names are unique; exactly one period, created by the schema, is the default
 * (new queues get it; the database keeps it unique through {@code defaultMarker}, true or null); the default and
 * periods that queues use cannot be deleted.
 */
@Entity
@Table(name = "working_hours_period")
@NamedQuery(name = WorkingHoursPeriod.ALL, query = "select p from WorkingHoursPeriod p order by p.name")
@NamedQuery(
        name = WorkingHoursPeriod.DEFAULT,
        query = "select p from WorkingHoursPeriod p where p.defaultMarker = true")
@NamedQuery(name = WorkingHoursPeriod.BY_NAME, query = "select p from WorkingHoursPeriod p where p.name = :name")
public class WorkingHoursPeriod {

    public static final String ALL = "WorkingHoursPeriod.all";
    public static final String DEFAULT = "WorkingHoursPeriod.default";
    public static final String BY_NAME = "WorkingHoursPeriod.byName";

    @Id
    @SequenceGenerator(
            name = "working_hours_period_seq",
            sequenceName = "working_hours_period_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_hours_period_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    // Lazy: the message path takes a period's calendar from a cache by id and version, without reading these.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "working_hours_interval", joinColumns = @JoinColumn(name = "period_id"))
    private List<PeriodInterval> intervals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "working_hours_holiday", joinColumns = @JoinColumn(name = "period_id"))
    private List<PeriodHoliday> holidays = new ArrayList<>();

    @Column(name = "away_message")
    private String awayMessage;

    @Column(name = "close_after_away_message", nullable = false)
    private boolean closeAfterAwayMessage;

    @Column(name = "default_marker")
    private Boolean defaultMarker;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WorkingHoursPeriod() {}

    public WorkingHoursPeriod(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.timeZone = "UTC";
        this.createdAt = createdAt;
    }

    /** Replaces the whole definition (checked beforehand by the working-hours rules). */
    public void define(
            String newName,
            String zoneId,
            List<PeriodInterval> newIntervals,
            List<PeriodHoliday> newHolidays,
            String newAwayMessage,
            boolean closeAfter) {
        name = Objects.requireNonNull(newName, "newName");
        timeZone = Objects.requireNonNull(zoneId, "zoneId");
        intervals.clear();
        intervals.addAll(newIntervals);
        holidays.clear();
        holidays.addAll(newHolidays);
        awayMessage = newAwayMessage == null || newAwayMessage.isBlank() ? null : newAwayMessage;
        closeAfterAwayMessage = closeAfter;
    }

    /** Makes this period the default; the previous default must have been demoted (and flushed) first. */
    public void makeDefault() {
        defaultMarker = Boolean.TRUE;
    }

    public void demote() {
        defaultMarker = null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<PeriodInterval> getIntervals() {
        return Collections.unmodifiableList(intervals);
    }

    public List<PeriodHoliday> getHolidays() {
        return Collections.unmodifiableList(holidays);
    }

    public String getAwayMessage() {
        return awayMessage;
    }

    public boolean isCloseAfterAwayMessage() {
        return closeAfterAwayMessage;
    }

    public boolean isDefaultPeriod() {
        return Boolean.TRUE.equals(defaultMarker);
    }

    public long getVersion() {
        return version;
    }
}
