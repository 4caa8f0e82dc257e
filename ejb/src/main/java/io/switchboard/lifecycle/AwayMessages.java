package io.switchboard.lifecycle;

import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.OutboundMessages;
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

    @EJB
    WorkingHoursService workingHours;

    /** Sends the away message if the new conversation's queue is outside working hours at {@code at}. */
    public boolean sendIfOutsideWorkingHours(Conversation opened, Instant at) {
        WorkingHoursService.StoredHours hours =
                workingHours.stored(opened.getQueue().getWorkingHoursPeriodId());
        if (hours.calendar().isOpenAt(at)) {
            return false;
        }
        if (hours.awayMessage() != null) {
            outbound.sendAutomated(opened, AUTHOR, hours.awayMessage(), at);
        }
        if (hours.closeAfterAwayMessage()) {
            changes.closeUnattended(opened, at);
        }
        return true;
    }
}
