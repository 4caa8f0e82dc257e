package io.switchboard.hours;

import io.switchboard.deadlines.Deadlines;
import io.switchboard.queues.Queue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Keeps one durable deadline per queue at its next start of working hours (none for a queue that never opens after
 * a break, such as one open around the clock).
 */
@Stateless
public class WorkingHoursOpenings {

    /** Deadline kind: a queue's working hours start; the subject is the queue. */
    public static final String KIND = "working-hours.start";

    @EJB
    Deadlines deadlines;

    @Inject
    Clock clock;

    /** Schedules the queue's next opening after now, replacing the one scheduled before. */
    public void schedule(Queue queue) {
        if (queue.isDeleted()) {
            deadlines.cancel(KIND, queue.getId());
            return;
        }
        WorkingHoursService.calendar(queue.getWorkingHoursPeriod())
                .nextOpening(clock.instant())
                .ifPresentOrElse(
                        opening -> deadlines.replace(KIND, queue.getId(), opening, null),
                        () -> deadlines.cancel(KIND, queue.getId()));
    }
}
