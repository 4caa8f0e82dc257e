package io.switchboard.deadlines;

import java.time.Instant;

/** A deadline as its handler sees it; {@code attempt} counts from 1. */
public record DueDeadline(long id, String kind, long subjectId, Instant dueAt, String payload, int attempt) {}
