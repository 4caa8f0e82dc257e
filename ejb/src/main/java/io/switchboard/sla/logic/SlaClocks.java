package io.switchboard.sla.logic;

import io.switchboard.sla.SlaMetric;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a conversation's SLA clocks from its history, as a pure function: the same history, severity and working
 * time always give the same clocks. Recomputing from the history is how a severity change, a queue transfer to another
 * policy or a policy edit takes effect, earlier breaches included.
 *
 * <ul>
 *     <li>The clocks start at the customer's first message, or, with automated messages excluded, when a bot hands
 *     the conversation over (if the customer wrote before).</li>
 *     <li>First response ends at the first reply; each later customer message starts a next-reply clock that the
 *     following reply ends; resolution ends at Solved. Automated replies end nothing when they are excluded.</li>
 *     <li>Solved pauses every clock and reopening resumes it; Closed stops them. Resolution shows paused while
 *     Solved and met once the conversation is closed Solved in time.</li>
 * </ul>
 */
public final class SlaClocks {

    private SlaClocks() {}

    /** The clocks as they stand at {@code now}; events must be in the order they happened. */
    public static List<MetricState> evaluate(
            SeverityTargets targets, boolean excludeAutomated, List<SlaEvent> events, WorkingTime time, Instant now) {
        Objects.requireNonNull(targets, "targets");
        Optional<Instant> origin = origin(excludeAutomated, events);
        if (origin.isEmpty()) {
            return List.of();
        }
        Timeline timeline = Timeline.of(events, time);
        Instant start = origin.get();
        List<Clock> clocks = new ArrayList<>();
        Clock first = new Clock(SlaMetric.FIRST_RESPONSE, start);
        Clock resolution = new Clock(SlaMetric.RESOLUTION, start);
        clocks.add(first);
        clocks.add(resolution);
        Clock nextReply = null;
        for (SlaEvent event : events) {
            if (event.at().isBefore(start)) {
                continue;
            }
            if (event instanceof SlaEvent.CustomerMessage message) {
                if (first.endedAt != null && nextReply == null) {
                    nextReply = new Clock(SlaMetric.NEXT_REPLY, message.at());
                    clocks.add(nextReply);
                }
            } else if (event instanceof SlaEvent.Reply reply && !(reply.automated() && excludeAutomated)) {
                if (first.endedAt == null) {
                    first.endedAt = reply.at();
                } else if (nextReply != null) {
                    nextReply.endedAt = reply.at();
                    nextReply = null;
                }
            } else if (event instanceof SlaEvent.Solved solved) {
                resolution.endedAt = solved.at();
            } else if (event instanceof SlaEvent.Reopened) {
                resolution.endedAt = null;
            }
        }
        List<MetricState> states = new ArrayList<>();
        for (Clock clock : clocks) {
            Duration target = targets.target(clock.metric);
            if (target != null) {
                states.add(timeline.state(clock, target, now));
            }
        }
        return states;
    }

    /** The earliest due time among clocks still counting: when to look again for a breach. */
    public static Optional<Instant> nextDue(List<MetricState> states) {
        return states.stream()
                .filter(s -> s.status() == MetricState.Status.RUNNING && s.due() != null)
                .map(MetricState::due)
                .min(Comparator.naturalOrder());
    }

    /**
     * The due time a list sorts "SLA time left" by: the earliest due of the clocks still running or breached and not
     * yet ended (a breached clock's due time is in the past, so it sorts before every running one); empty when no
     * clock counts.
     */
    public static Optional<Instant> mostUrgentDue(List<MetricState> states) {
        return states.stream()
                .filter(s -> s.due() != null)
                .filter(s -> s.status() == MetricState.Status.RUNNING
                        || (s.status() == MetricState.Status.BREACHED && s.endedAt() == null))
                .map(MetricState::due)
                .min(Comparator.naturalOrder());
    }

    private static Optional<Instant> origin(boolean excludeAutomated, List<SlaEvent> events) {
        Instant handover = excludeAutomated
                ? events.stream()
                        .filter(SlaEvent.BotHandover.class::isInstance)
                        .map(SlaEvent::at)
                        .findFirst()
                        .orElse(null)
                : null;
        boolean wroteBefore = false;
        for (SlaEvent event : events) {
            if (event instanceof SlaEvent.CustomerMessage message) {
                if (handover == null || !message.at().isBefore(handover)) {
                    return Optional.of(wroteBefore ? handover : message.at());
                }
                wroteBefore = true;
            }
        }
        return wroteBefore ? Optional.of(handover) : Optional.empty();
    }

    /** A clock being worked out: what it measures, when it started, when an answer or Solved ended it. */
    private static final class Clock {
        final SlaMetric metric;
        final Instant start;
        Instant endedAt;

        Clock(SlaMetric metric, Instant start) {
            this.metric = metric;
            this.start = start;
        }
    }

    /** When the clocks run (outside Solved periods), when they stop (Closed), and how time counts. */
    private record Timeline(List<Instant[]> running, Instant closedAt, boolean pausedNow, WorkingTime time) {

        static Timeline of(List<SlaEvent> events, WorkingTime time) {
            List<Instant[]> running = new ArrayList<>();
            Instant runningSince = Instant.MIN;
            Instant closedAt = null;
            for (SlaEvent event : events) {
                if (event instanceof SlaEvent.Solved && runningSince != null) {
                    running.add(new Instant[] {runningSince, event.at()});
                    runningSince = null;
                } else if (event instanceof SlaEvent.Reopened && runningSince == null) {
                    runningSince = event.at();
                } else if (event instanceof SlaEvent.Closed && closedAt == null) {
                    closedAt = event.at();
                }
            }
            if (runningSince != null) {
                running.add(new Instant[] {runningSince, null});
            }
            return new Timeline(running, closedAt, runningSince == null, time);
        }

        /** When {@code target} of counted running time has passed since {@code start}; null while paused short of it. */
        Instant due(Instant start, Duration target) {
            Duration left = target;
            for (Instant[] interval : running) {
                Instant from = later(interval[0], start);
                Instant to = interval[1];
                if (to != null && !to.isAfter(from)) {
                    continue;
                }
                Optional<Instant> reached = time.after(from, left);
                if (reached.isEmpty()) {
                    return null;
                }
                if (to == null || !reached.get().isAfter(to)) {
                    return reached.get();
                }
                left = left.minus(time.between(from, to));
            }
            return null;
        }

        /** Counted running time between two instants. */
        Duration counted(Instant from, Instant to) {
            Duration sum = Duration.ZERO;
            for (Instant[] interval : running) {
                Instant a = later(interval[0], from);
                Instant b = interval[1] == null || interval[1].isAfter(to) ? to : interval[1];
                if (b.isAfter(a)) {
                    sum = sum.plus(time.between(a, b));
                }
            }
            return sum;
        }

        MetricState state(Clock clock, Duration target, Instant now) {
            Instant due = due(clock.start, target);
            Instant end = clock.endedAt != null ? clock.endedAt : closedAt != null ? closedAt : now;
            MetricState.Status status;
            if (due != null && due.isBefore(end)) {
                status = MetricState.Status.BREACHED;
            } else if (clock.endedAt != null && clock.metric == SlaMetric.RESOLUTION && closedAt == null) {
                // Solved pauses resolution like every clock: it is met only when the conversation closes Solved.
                status = MetricState.Status.PAUSED;
            } else if (clock.endedAt != null) {
                status = MetricState.Status.MET;
            } else if (closedAt != null) {
                status = MetricState.Status.STOPPED;
            } else if (due != null && !due.isAfter(now)) {
                status = MetricState.Status.BREACHED;
            } else {
                status = pausedNow ? MetricState.Status.PAUSED : MetricState.Status.RUNNING;
            }
            Duration elapsed = counted(clock.start, end);
            Duration remaining = target.minus(elapsed).isNegative() ? Duration.ZERO : target.minus(elapsed);
            Duration breachedBy = status == MetricState.Status.BREACHED ? counted(due, end) : Duration.ZERO;
            return new MetricState(
                    clock.metric,
                    clock.start,
                    target,
                    due,
                    status,
                    clock.endedAt != null ? clock.endedAt : closedAt,
                    remaining,
                    breachedBy);
        }

        private static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
