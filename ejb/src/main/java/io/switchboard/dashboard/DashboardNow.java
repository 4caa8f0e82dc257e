package io.switchboard.dashboard;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The live dashboard at one instant: every queue (or the one asked for) and the last hours as chart points. */
public final class DashboardNow implements Serializable {

    private final Instant at;
    private final List<QueueNow> queues;
    private final List<HourPoint> hours;

    public DashboardNow(Instant at, List<QueueNow> queues, List<HourPoint> hours) {
        this.at = at;
        this.queues = List.copyOf(queues);
        this.hours = List.copyOf(hours);
    }

    public Instant getAt() {
        return at;
    }

    public List<QueueNow> getQueues() {
        return queues;
    }

    public List<HourPoint> getHours() {
        return hours;
    }
}
