package io.switchboard.waiting.logic;

import io.switchboard.waiting.WaitingStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When a waiting customer is sent what, from the moment the conversation entered the queue unassigned: the welcome
 * at once; an announcement every N minutes (at most K, only before the maximum wait, never after one hour); the
 * maximum wait time message at M minutes, which also closes the conversation. Assignment cancels what is left.
 */
public final class WaitingSchedule {

    /** Kinds of scheduled messages. */
    public enum Kind {
        WELCOME,
        ANNOUNCEMENT,
        MAX_WAIT
    }

    /** One message to send at {@code at}; {@code closesConversation} for the maximum wait time message. */
    public record Planned(Kind kind, int number, Instant at, String text, boolean closesConversation) {}

    private WaitingSchedule() {}

    /**
     * The full plan. {@code minute} is the length of a strategy minute: one minute, or less on a test server.
     * Messages due at the same moment keep the order welcome, announcement, maximum wait.
     */
    public static List<Planned> plan(WaitingStrategy.Messages messages, Instant enteredAt, Duration minute) {
        Objects.requireNonNull(enteredAt, "enteredAt");
        List<Planned> plan = new ArrayList<>();
        if (messages.welcomeEnabled()) {
            plan.add(new Planned(Kind.WELCOME, 1, enteredAt, messages.welcomeText(), false));
        }
        int endMinute = messages.maxWaitEnabled() ? messages.maxWait() : MessagingWaitingRules.HOUR + 1;
        if (messages.announcementEnabled()) {
            int every = messages.announcementEvery();
            int most = messages.announcementMaxCount() == null ? Integer.MAX_VALUE : messages.announcementMaxCount();
            for (int k = 1;
                    k <= most && (long) k * every <= MessagingWaitingRules.HOUR && (long) k * every < endMinute;
                    k++) {
                plan.add(new Planned(
                        Kind.ANNOUNCEMENT,
                        k,
                        enteredAt.plus(minute.multipliedBy((long) k * every)),
                        messages.announcementText(),
                        false));
            }
        }
        if (messages.maxWaitEnabled()) {
            plan.add(new Planned(
                    Kind.MAX_WAIT,
                    1,
                    enteredAt.plus(minute.multipliedBy(messages.maxWait())),
                    messages.maxWaitText(),
                    true));
        }
        plan.sort(Comparator.comparing(Planned::at).thenComparing(Planned::kind));
        return List.copyOf(plan);
    }

    /** What one run at {@code now} sends, and the index of the next message to schedule (null: none). */
    public record Step(List<Planned> send, Integer next) {}

    /**
     * One run of the strategy at {@code now}, from message {@code next} of the plan: every message planned at or
     * before {@code now} is sent, stopping after one that closes the conversation. What is planned within the hour
     * is sent even when the run comes after its time (a timer always fires at or after its due time, so a message
     * due at minute 60 runs after the hour); only what is planned after the hour is never sent.
     */
    public static Step step(List<Planned> plan, int next, Instant enteredAt, Duration minute, Instant now) {
        Instant hourEnds = enteredAt.plus(minute.multipliedBy(MessagingWaitingRules.HOUR));
        List<Planned> send = new ArrayList<>();
        int index = next;
        while (index < plan.size() && !plan.get(index).at().isAfter(now)) {
            Planned message = plan.get(index++);
            if (message.at().isAfter(hourEnds)) {
                return new Step(List.copyOf(send), null);
            }
            send.add(message);
            if (message.closesConversation()) {
                return new Step(List.copyOf(send), null);
            }
        }
        boolean more = index < plan.size() && !plan.get(index).at().isAfter(hourEnds);
        return new Step(List.copyOf(send), more ? index : null);
    }

    /** What is still to send at {@code now} (the plan after {@code now}, inclusive), e.g. after a restart. */
    public static List<Planned> remaining(
            WaitingStrategy.Messages messages, Instant enteredAt, Duration minute, Instant now) {
        return plan(messages, enteredAt, minute).stream()
                .filter(p -> !p.at().isBefore(now))
                .toList();
    }
}
