package io.switchboard.workflows.logic;

import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowTrigger;

/**
 * Something that happened to a conversation, as workflows' event triggers see it: a status change carries the new
 * status, a channel change its two channels, a survey answer its score; {@code depth} counts the workflow steps that
 * caused it ({@link LoopGuard}).
 */
public record WorkflowEvent(
        TriggerType type, String toStatus, String fromChannel, String toChannel, String score, int depth) {

    public static WorkflowEvent of(TriggerType type) {
        return new WorkflowEvent(type, null, null, null, null, 0);
    }

    public WorkflowEvent causedBy(int parentDepth) {
        return new WorkflowEvent(type, toStatus, fromChannel, toChannel, score, parentDepth + 1);
    }

    /** Whether this event is what {@code trigger} waits for. */
    public boolean fires(WorkflowTrigger trigger) {
        if (trigger.type() != type || type.timeBased()) {
            return false;
        }
        return switch (type) {
            case STATUS_CHANGED ->
                trigger.toStatus() != null && trigger.toStatus().equals(toStatus);
            case CHANNEL_CHANGED ->
                (trigger.fromChannel() == null || trigger.fromChannel().equals(fromChannel))
                        && (trigger.toChannel() == null || trigger.toChannel().equals(toChannel));
            case SURVEY_FEEDBACK_RECEIVED -> score != null && trigger.scores().contains(score);
            default -> true;
        };
    }
}
