package io.switchboard.hours;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A working interval of a period as stored: it starts on its weekday; an end of 00:00 on the same day is 24:00. */
@Embeddable
public class PeriodInterval {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Column(name = "ends_next_day", nullable = false)
    private boolean endsNextDay;

    protected PeriodInterval() {}

    public PeriodInterval(DayOfWeek day, LocalTime start, LocalTime end, boolean endsNextDay) {
        this.day = Objects.requireNonNull(day, "day");
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.endsNextDay = endsNextDay;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public boolean isEndsNextDay() {
        return endsNextDay;
    }
}
