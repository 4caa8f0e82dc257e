package io.switchboard.workflows.logic;

import io.switchboard.workflows.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an update of a conversation does to its time-based triggers. Each trigger counts from the starting point the
 * guide names, so an update either starts its clock (again), leaves a running clock alone, or stops it:
 * <ul>
 *   <li>Customer reply pending: from the first agent message the customer has not answered; a customer message stops
 *       it.
 *   <li>Agent reply pending: from the first customer message no agent has answered, or from the bot's hand-over; an
 *       agent message stops it.
 *   <li>Solved for: from entering Solved, whatever changes later; Solved unmodified for: from the last update while
 *       Solved; Waiting for: from entering Waiting. Leaving the status stops them.
 *   <li>Closed stops every clock (workflows act on Open, Waiting and Solved conversations only).
 * </ul>
 * A clock that fired is gone; only an update that starts it again arms it again ("the system will not make another
 * attempt unless ... the conversation is updated").
 */
public final class TimedTriggers {

    /** The update as the clocks see it. */
    public enum What {
        CUSTOMER_MESSAGE,
        /** A message an agent wrote (not a bot's, not a workflow's: those answer nobody). */
        AGENT_MESSAGE,
        /** A bot handed the conversation over to the agents. */
        HANDED_OVER,
        STATUS,
        /** Anything else: tags, queue, assignee, priority, a note, a form. */
        OTHER
    }

    /** One update: what it was, the status before it and after it (OPEN, WAITING, SOLVED, CLOSED). */
    public record Update(What what, String statusBefore, String statusNow) {}

    /** What an update does to one trigger type's clock. */
    public enum Step {
        /** Start the clock at the update, replacing a running one. */
        RESTART,
        /** Start the clock at the update unless one is running (a run of messages counts from its first). */
        START_IF_STOPPED,
        STOP
    }

    /** A time-based trigger of an enabled workflow. */
    public record Trigger(long workflowId, TriggerType type, Duration after) {}

    /** One clock to start: the trigger, and when it fires. */
    public record Arming(Trigger trigger, Instant due) {}

    /** The clocks to stop (every trigger of these types) and those to start, in that order. */
    public record Plan(Set<TriggerType> stop, List<Arming> start) {

        public boolean isEmpty() {
            return stop.isEmpty() && start.isEmpty();
        }
    }

    private TimedTriggers() {}

    /** For each trigger type the update concerns, what it does; types it leaves alone are absent. */
    public static Map<TriggerType, Step> steps(Update update) {
        Map<TriggerType, Step> steps = new EnumMap<>(TriggerType.class);
        if ("CLOSED".equals(update.statusNow())) {
            for (TriggerType type : TriggerType.values()) {
                if (type.timeBased()) {
                    steps.put(type, Step.STOP);
                }
            }
            return steps;
        }
        boolean statusChanged =
                update.what() == What.STATUS && !update.statusNow().equals(update.statusBefore());
        if (update.what() == What.STATUS && !statusChanged) {
            return steps;
        }
        switch (update.what()) {
            case CUSTOMER_MESSAGE -> {
                steps.put(TriggerType.CUSTOMER_REPLY_PENDING, Step.STOP);
                steps.put(TriggerType.AGENT_REPLY_PENDING, Step.START_IF_STOPPED);
            }
            case AGENT_MESSAGE -> {
                steps.put(TriggerType.CUSTOMER_REPLY_PENDING, Step.START_IF_STOPPED);
                steps.put(TriggerType.AGENT_REPLY_PENDING, Step.STOP);
            }
            // For bot conversations the time since the hand-over counts, not the customer's time with the bot.
            case HANDED_OVER -> steps.put(TriggerType.AGENT_REPLY_PENDING, Step.RESTART);
            default -> {}
        }
        if (statusChanged) {
            status(steps, update, "SOLVED", TriggerType.SOLVED_FOR);
            status(steps, update, "WAITING", TriggerType.WAITING_FOR);
        }
        if ("SOLVED".equals(update.statusNow())) {
            steps.put(TriggerType.SOLVED_UNMODIFIED_FOR, Step.RESTART);
        } else if (statusChanged && "SOLVED".equals(update.statusBefore())) {
            steps.put(TriggerType.SOLVED_UNMODIFIED_FOR, Step.STOP);
        }
        return steps;
    }

    private static void status(Map<TriggerType, Step> steps, Update update, String status, TriggerType type) {
        if (status.equals(update.statusNow())) {
            steps.put(type, Step.RESTART);
        } else if (status.equals(update.statusBefore())) {
            steps.put(type, Step.STOP);
        }
    }

    /**
     * The clocks to stop and start for an update at {@code at}, given the time-based triggers of the enabled workflows
     * and those whose clock is running for this conversation ({@code running}).
     */
    public static Plan plan(Map<TriggerType, Step> steps, Instant at, List<Trigger> triggers, Set<Trigger> running) {
        Set<TriggerType> stop = EnumSet.noneOf(TriggerType.class);
        List<Arming> start = new ArrayList<>();
        for (Map.Entry<TriggerType, Step> step : steps.entrySet()) {
            if (step.getValue() != Step.START_IF_STOPPED) {
                stop.add(step.getKey());
            }
        }
        for (Trigger trigger : triggers) {
            Step step = steps.get(trigger.type());
            if (step == Step.RESTART || (step == Step.START_IF_STOPPED && !running.contains(trigger))) {
                start.add(new Arming(trigger, at.plus(trigger.after())));
            }
        }
        return new Plan(stop, start);
    }

    /** Whether the update touches any trigger type these triggers have (else nothing needs reading or writing). */
    public static boolean concerns(Map<TriggerType, Step> steps, List<Trigger> triggers) {
        return triggers.stream().anyMatch(t -> steps.containsKey(t.type()));
    }
}
