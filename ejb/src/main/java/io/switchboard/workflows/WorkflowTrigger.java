package io.switchboard.workflows;

import java.time.Duration;
import java.util.Set;

/**
 * One trigger of a workflow as written. {@code after}: how long a time-based trigger waits; {@code toStatus}: the
 * status a status change must reach; {@code fromChannel}/{@code toChannel}: a channel change's ends (null: any);
 * {@code scores}: the survey answers that count (HAPPY, NOT_HAPPY).
 */
public record WorkflowTrigger(
        TriggerType type, Duration after, String toStatus, String fromChannel, String toChannel, Set<String> scores) {

    public WorkflowTrigger {
        scores = scores == null ? Set.of() : Set.copyOf(scores);
    }

    public static WorkflowTrigger on(TriggerType type) {
        return new WorkflowTrigger(type, null, null, null, null, Set.of());
    }

    public static WorkflowTrigger after(TriggerType type, Duration after) {
        return new WorkflowTrigger(type, after, null, null, null, Set.of());
    }

    public static WorkflowTrigger statusChangedTo(String status) {
        return new WorkflowTrigger(TriggerType.STATUS_CHANGED, null, status, null, null, Set.of());
    }
}
