package io.switchboard.hours.logic;

import java.time.LocalDate;
import java.util.Objects;

/** Non-working days from 00:00 on {@code startDate} to 24:00 on {@code endDate}: the end date is included. */
public record Holiday(String name, LocalDate startDate, LocalDate endDate) {

    public Holiday {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }
}
