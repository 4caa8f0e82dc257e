package io.switchboard.surveys;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a Solved conversation's survey when its delay has passed. */
@ApplicationScoped
public class SurveySendHandler implements DeadlineHandler {

    @EJB
    SurveyService surveys;

    @Override
    public String kind() {
        return SurveyService.SEND_KIND;
    }

    @Override
    public void handle(DueDeadline deadline) {
        surveys.sendAfterSolved(deadline.subjectId(), deadline.dueAt());
    }
}
