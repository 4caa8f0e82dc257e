package io.switchboard.api.sla;

import io.switchboard.sla.Severity;
import io.switchboard.sla.SlaBreach;
import io.switchboard.sla.SlaMetric;
import io.switchboard.sla.SlaTracker;
import io.switchboard.sla.logic.MetricState;
import java.time.Instant;
import java.util.List;

/** A conversation's SLA: its policy and severity, each clock with its due and remaining time, and its breaches. */
public record ConversationSlaView(
        long conversationId,
        Long policyId,
        String policyName,
        String severity,
        List<String> severities,
        List<ClockView> clocks,
        List<BreachView> breaches,
        Instant nextDueAt,
        Instant evaluatedAt) {

    /** One clock; durations in seconds of counted time. */
    public record ClockView(
            SlaMetric metric,
            String status,
            Instant start,
            long targetSeconds,
            Instant dueAt,
            Instant endedAt,
            long remainingSeconds,
            long breachedBySeconds) {
        static ClockView of(MetricState s) {
            return new ClockView(
                    s.metric(),
                    s.status().name(),
                    s.start(),
                    s.target().toSeconds(),
                    s.due(),
                    s.endedAt(),
                    s.remaining().toSeconds(),
                    s.breachedBy().toSeconds());
        }
    }

    /** A recorded breach, as reports count it. */
    public record BreachView(
            long conversationId,
            SlaMetric metric,
            String policy,
            String severity,
            Long queueId,
            Long agentId,
            Instant clockStart,
            Instant dueAt,
            Instant endedAt,
            long breachedBySeconds,
            Instant detectedAt) {
        public static BreachView of(SlaBreach b) {
            return new BreachView(
                    b.getConversationId(),
                    b.getMetric(),
                    b.getPolicyName(),
                    b.getSeverityName(),
                    b.getQueueId(),
                    b.getAgentId(),
                    b.getClockStart(),
                    b.getDueAt(),
                    b.getEndedAt(),
                    b.getBreachedBy().toSeconds(),
                    b.getDetectedAt());
        }
    }

    static ConversationSlaView of(SlaTracker.SlaState state) {
        return new ConversationSlaView(
                state.conversation().getId(),
                state.policy() == null ? null : state.policy().getId(),
                state.policy() == null ? null : state.policy().getName(),
                state.severity(),
                state.policy() == null
                        ? List.of()
                        : state.policy().getSeverities().stream()
                                .map(Severity::getName)
                                .toList(),
                state.clocks().stream().map(ClockView::of).toList(),
                state.breaches().stream().map(BreachView::of).toList(),
                state.record() == null ? null : state.record().getNextDueAt(),
                state.record() == null ? null : state.record().getEvaluatedAt());
    }
}
