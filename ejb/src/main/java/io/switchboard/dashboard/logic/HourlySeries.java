package io.switchboard.dashboard.logic;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The last hours as points of a chart: the hour now running is the last point, so the chart ends at "now"; instants
 * before the first hour or after now fall outside.
 */
public final class HourlySeries {

    private HourlySeries() {}

    /** The start of each of the last {@code hours} hours, oldest first, the running hour last. */
    public static List<Instant> starts(Instant now, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("hours must be at least 1");
        }
        Instant current = now.truncatedTo(ChronoUnit.HOURS);
        List<Instant> starts = new ArrayList<>(hours);
        for (int i = hours - 1; i >= 0; i--) {
            starts.add(current.minus(Duration.ofHours(i)));
        }
        return starts;
    }

    /** The first instant counted: the start of the oldest hour. */
    public static Instant since(Instant now, int hours) {
        return starts(now, hours).get(0);
    }

    /** Which hour an instant falls in (an index into {@link #starts}), or -1 outside them. */
    public static int indexOf(Instant at, Instant now, int hours) {
        Instant first = since(now, hours);
        if (at.isBefore(first) || at.isAfter(now)) {
            return -1;
        }
        return (int) Duration.between(first, at).toHours();
    }

    /** How many of the instants fall in each hour. */
    public static int[] counts(Collection<Instant> instants, Instant now, int hours) {
        int[] counts = new int[hours];
        for (Instant at : instants) {
            int i = indexOf(at, now, hours);
            if (i >= 0) {
                counts[i]++;
            }
        }
        return counts;
    }

    /** A conversation's wait: from its start until its first answer, or until now while it has none. */
    public record Wait(Instant start, Instant answered) {}

    /**
     * The mean wait in whole seconds of the conversations that started in each hour; 0 for an hour without one. A
     * conversation still unanswered counts its wait so far, so a queue nobody serves shows its growing wait.
     */
    public static long[] meanWaitSeconds(Collection<Wait> waits, Instant now, int hours) {
        long[] totals = new long[hours];
        int[] counts = new int[hours];
        for (Wait wait : waits) {
            int i = indexOf(wait.start(), now, hours);
            if (i < 0) {
                continue;
            }
            Instant end = wait.answered() == null || wait.answered().isAfter(now) ? now : wait.answered();
            totals[i] += Math.max(0, Duration.between(wait.start(), end).toSeconds());
            counts[i]++;
        }
        long[] means = new long[hours];
        for (int i = 0; i < hours; i++) {
            means[i] = counts[i] == 0 ? 0 : Math.round((double) totals[i] / counts[i]);
        }
        return means;
    }
}
