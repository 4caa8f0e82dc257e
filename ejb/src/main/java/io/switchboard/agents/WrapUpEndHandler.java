package io.switchboard.agents;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** An agent's wrap-up time after a call is over. */
@ApplicationScoped
public class WrapUpEndHandler implements DeadlineHandler {

    @EJB
    AgentPresence presence;

    @Override
    public String kind() {
        return AgentPresence.WRAP_UP_ENDS;
    }

    @Override
    public void handle(DueDeadline deadline) {
        presence.endWrapUp(deadline.subjectId());
    }
}
