package io.switchboard.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * How far the report rollup has got (one row, id 1): the hours before {@code rolledUntil} are rolled up. Locked
 * (pessimistic write) by each rollup, so two never write the same hour at once.
 */
@Entity
@Table(name = "report_rollup")
public class ReportRollupMark {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "rolled_until")
    private Instant rolledUntil;

    /** The time zone report_day's days are calendar days of; null before they are first built. */
    @Column(name = "day_zone")
    private String dayZone;

    /** When the rollup last looked for conversations whose sentiment changed (V57); null: never. */
    @Column(name = "sentiment_seen_at")
    private Instant sentimentSeenAt;

    @Version
    private long version;

    protected ReportRollupMark() {}

    public Instant getRolledUntil() {
        return rolledUntil;
    }

    public String getDayZone() {
        return dayZone;
    }

    public void daysIn(String zone) {
        this.dayZone = zone;
    }

    public Instant getSentimentSeenAt() {
        return sentimentSeenAt;
    }

    public void sentimentSeen(Instant at) {
        this.sentimentSeenAt = at;
    }

    public void rollTo(Instant rolledUntil) {
        this.rolledUntil = rolledUntil;
    }
}
