package io.switchboard.lifecycle;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** Ends a bot session whose customer has not written for the bot's session timeout. */
@ApplicationScoped
public class BotSessionTimeoutHandler implements DeadlineHandler {

    @EJB
    BotConversations bots;

    @Override
    public String kind() {
        return BotConversations.TIMEOUT_KIND;
    }

    @Override
    public void handle(DueDeadline deadline) {
        bots.expire(deadline.subjectId());
    }
}
