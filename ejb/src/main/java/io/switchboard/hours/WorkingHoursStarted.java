package io.switchboard.hours;

import java.time.Instant;

/** A queue's working hours began (after non-working time): bulk assignment takes the conversations that waited. */
public record WorkingHoursStarted(long queueId, Instant at) {}
