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
 * account's time zone summed per measure and dimension values, same columns ({@link ReportCells}), in several
 * {@link Slice slices} (every dimension, or all but one summed over). Written by the rollup only (in SQL, from
 * report_hour); the reports sum these rows when their days are in the zone they were built in.
 */
@Entity
@Table(name = "report_day")
public class ReportDay extends ReportCells {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "local_day", nullable = false)
    private LocalDate localDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Slice slice;

    protected ReportDay() {}

    public LocalDate getLocalDay() {
        return localDay;
    }

    public Slice getSlice() {
        return slice;
    }
}
