package io.switchboard.waiting;

import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.OutboundMessages;
import io.switchboard.deadlines.Deadlines;
import io.switchboard.hours.WorkingHoursService;
import io.switchboard.waiting.logic.WaitingSchedule;
import io.switchboard.waiting.logic.WaitingSchedule.Planned;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs the sender's waiting strategy for a conversation waiting unassigned in its queue: the welcome at once, then
 * each later message (announcements, the maximum wait message that closes the conversation) at its time from a
 * durable deadline. The strategy ends when the conversation is assigned or closed, and after one hour.
 * <p>
 * The deadline's payload is the moment the conversation entered the queue and the number of the next message in the
 * plan; the plan is recomputed from the strategy as it is then, so an edited strategy applies to what is left.
 */
@Stateless
public class WaitingCustomers {

    /** The deadline kind of the next message of a waiting strategy. */
    public static final String NEXT = "waiting.next";
    /** Author of waiting strategy messages (of kind automation). */
    public static final String AUTHOR = "waiting-strategy";

    @PersistenceContext
    EntityManager em;

    @EJB
    WorkingHoursService workingHours;

    @EJB
    WaitingStrategyService strategies;

    @EJB
    OutboundMessages outbound;

    @EJB
    ConversationChanges changes;

    @EJB
    Deadlines deadlines;

    @Inject
    WaitingSettings settings;

    @Inject
    Clock clock;

    /**
     * The conversation entered the contact center unassigned (new, or handed over by a bot): starts the strategy of
     * its sender, if there is one and the queue is inside working hours. A strategy already running starts over.
     */
    public void entered(Conversation conversation) {
        Instant now = clock.instant();
        if (conversation.isClosed()
                || conversation.getAssignee() != null
                || !workingHours
                        .stored(conversation.getQueue().getWorkingHoursPeriodId())
                        .calendar()
                        .isOpenAt(now)) {
            return;
        }
        Optional<WaitingStrategy> strategy =
                strategies.forSender(conversation.getSender().getId());
        if (strategy.isEmpty()) {
            return;
        }
        deadlines.cancel(NEXT, conversation.getId());
        List<Planned> plan = WaitingSchedule.plan(strategy.get().messages(), now, settings.minute());
        sendFrom(conversation, plan, 0, now, now);
    }

    /**
     * The conversation moved unassigned to another queue. A strategy that started for it keeps running as planned
     * (the welcome is sent only once); one that never started (the conversation was assigned, or its queue was
     * outside working hours) starts now.
     */
    public void moved(Conversation conversation) {
        if (!started(conversation)) {
            entered(conversation);
        }
    }

    /** A strategy ran for the conversation: a message of it is pending or was sent. */
    private boolean started(Conversation conversation) {
        return !deadlines.pending(NEXT, conversation.getId()).isEmpty() || outbound.sentAutomated(conversation, AUTHOR);
    }

    /** A strategy's deadline is due: sends what is due and schedules the next, unless the waiting ended. */
    public void due(long conversationId, String payload) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        String[] parts = payload.split("\\|");
        Instant enteredAt = Instant.parse(parts[0]);
        int next = Integer.parseInt(parts[1]);
        // Idempotent: an assigned or closed conversation gets nothing more. The hour is the plan's to judge: this
        // runs at or after the message's time, so a message due at minute 60 runs after the hour and is still sent.
        if (conversation == null || conversation.isClosed() || conversation.getAssignee() != null) {
            return;
        }
        Optional<WaitingStrategy> strategy =
                strategies.forSender(conversation.getSender().getId());
        if (strategy.isEmpty()) {
            return;
        }
        sendFrom(
                conversation,
                WaitingSchedule.plan(strategy.get().messages(), enteredAt, settings.minute()),
                next,
                enteredAt,
                now);
    }

    /** Sends the plan's messages from {@code next} on that are due at {@code now}; schedules the first one that is not. */
    private void sendFrom(Conversation conversation, List<Planned> plan, int next, Instant enteredAt, Instant now) {
        WaitingSchedule.Step step = WaitingSchedule.step(plan, next, enteredAt, settings.minute(), now);
        for (Planned message : step.send()) {
            outbound.sendAutomated(conversation, AUTHOR, message.text(), now);
            if (message.closesConversation()) {
                changes.closeUnattended(conversation, now);
                return;
            }
        }
        if (step.next() != null) {
            Planned following = plan.get(step.next());
            deadlines.schedule(NEXT, conversation.getId(), following.at(), enteredAt + "|" + step.next());
        }
    }
}
