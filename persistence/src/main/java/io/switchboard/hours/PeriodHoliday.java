package io.switchboard.hours;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A holiday of a period: from 00:00 on its start date to 24:00 on its end date. */
@Embeddable
public class PeriodHoliday {

    @Column(name = "name")
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected PeriodHoliday() {}

    public PeriodHoliday(String name, LocalDate startDate, LocalDate endDate) {
        this.name = name;
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.endDate = Objects.requireNonNull(endDate, "endDate");
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
