package io.switchboard.lifecycle;

import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.OutboundMessages;
import io.switchboard.hours.WorkingHoursPeriod;
import io.switchboard.hours.WorkingHoursService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;

/**
 * The away message: a customer who opens a new conversation outside its queue's working hours gets the period's
 * away message once, on the conversation's channel, and with the close option the conversation is closed at once.
 * Conversations already open never get it.
 */
@Stateless
public class AwayMessages {

    /** Who an away message is from (the message's author, of kind automation). */
    public static final String AUTHOR = "away-message";

    @EJB
    OutboundMessages outbound;

    @EJB
    ConversationChanges changes;

    /** Sends the away message if the new conversation's queue is outside working hours at {@code at}. */
    public boolean sendIfOutsideWorkingHours(Conversation opened, Instant at) {
        WorkingHoursPeriod period = opened.getQueue().getWorkingHoursPeriod();
        if (WorkingHoursService.storedCalendar(period).isOpenAt(at)) {
            return false;
        }
        if (period.getAwayMessage() != null) {
            outbound.sendAutomated(opened, AUTHOR, period.getAwayMessage(), at);
        }
        if (period.isCloseAfterAwayMessage()) {
            changes.closeUnattended(opened, at);
        }
        return true;
    }
}
