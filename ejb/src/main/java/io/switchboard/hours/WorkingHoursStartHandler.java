package io.switchboard.hours;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;
import io.switchboard.queues.Queue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * At a queue's start of working hours: announces {@link WorkingHoursStarted} and schedules the next opening.
 * Idempotent: the event only fires while the queue is open (a late or repeated run after the hours ended does
 * nothing but schedule), and bulk assignment takes only conversations still waiting.
 */
@ApplicationScoped
public class WorkingHoursStartHandler implements DeadlineHandler {

    @PersistenceContext
    EntityManager em;

    @EJB
    WorkingHoursOpenings openings;

    @Inject
    Event<WorkingHoursStarted> started;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return WorkingHoursOpenings.KIND;
    }

    @Override
    public void handle(DueDeadline deadline) {
        Queue queue = em.find(Queue.class, deadline.subjectId());
        if (queue == null || queue.isDeleted()) {
            return;
        }
        Instant now = clock.instant();
        if (WorkingHoursService.calendar(queue.getWorkingHoursPeriod()).isOpenAt(now)) {
            started.fire(new WorkingHoursStarted(queue.getId(), now));
        }
        openings.schedule(queue);
    }
}
