package io.switchboard.sla;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A conversation's SLA clock is due: evaluating again records the breach (idempotent: a breach is recorded once per
 * clock, and a clock answered in the meantime is simply met).
 */
@ApplicationScoped
public class SlaDueHandler implements DeadlineHandler {

    @EJB
    SlaTracker tracker;

    @Override
    public String kind() {
        return SlaTracker.DUE;
    }

    @Override
    public void handle(DueDeadline deadline) {
        tracker.evaluate(deadline.subjectId());
    }
}
