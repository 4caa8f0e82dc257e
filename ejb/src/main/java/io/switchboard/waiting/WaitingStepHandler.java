package io.switchboard.waiting;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The next message of a waiting strategy is due. */
@ApplicationScoped
public class WaitingStepHandler implements DeadlineHandler {

    @EJB
    WaitingCustomers waiting;

    @Override
    public String kind() {
        return WaitingCustomers.NEXT;
    }

    @Override
    public void handle(DueDeadline deadline) {
        waiting.due(deadline.subjectId(), deadline.payload());
    }
}
