package io.switchboard.lifecycle.workflows;

import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.ConversationChanged;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.logic.WorkflowEvent;
import java.util.Optional;

/**
 * Which workflow event a conversation change is, if any. Workflows act on Open, Waiting and Solved conversations of
 * chat channels only (guide), and a change that changes nothing (a status set to what it was) is no event.
 */
final class WorkflowEvents {

    private WorkflowEvents() {}

    static Optional<WorkflowEvent> of(ConversationChanged changed) {
        ConversationStatus status = changed.conversation().getStatus();
        if (status == ConversationStatus.CLOSED
                || changed.conversation().getChannel().group() == ChannelGroup.VOICE) {
            return Optional.empty();
        }
        return Optional.ofNullable(event(changed.change()));
    }

    /** The workflow event a change of a conversation workflows act on is, or null. */
    static WorkflowEvent event(ConversationChanged.Change change) {
        return switch (change.kind()) {
            case STATUS ->
                change.to().equals(change.from())
                        ? null
                        : new WorkflowEvent(TriggerType.STATUS_CHANGED, change.to(), null, null, null, 0);
            case QUEUE -> WorkflowEvent.of(TriggerType.QUEUE_CHANGED);
            case TAGS -> WorkflowEvent.of(TriggerType.TAG_CHANGED);
            case NOTE -> WorkflowEvent.of(TriggerType.NOTE_CREATED);
            case SURVEY_ANSWERED ->
                new WorkflowEvent(TriggerType.SURVEY_FEEDBACK_RECEIVED, null, null, null, change.to(), 0);
            case FORM -> WorkflowEvent.of(TriggerType.FORM_CHANGED);
            case CUSTOMER -> change.to().equals(change.from()) ? null : WorkflowEvent.of(TriggerType.CUSTOMER_CHANGED);
            case FORM_VALUES -> WorkflowEvent.of(TriggerType.FORM_FIELD_UPDATED);
            case CHANNEL ->
                change.to().equals(change.from())
                        ? null
                        : new WorkflowEvent(TriggerType.CHANNEL_CHANGED, null, change.from(), change.to(), null, 0);
            case MESSAGE_RECEIVED -> WorkflowEvent.of(TriggerType.INBOUND_MESSAGE_RECEIVED);
            case MESSAGE_SENT ->
                "AGENT".equals(change.from()) ? WorkflowEvent.of(TriggerType.AGENT_MESSAGE_SENT) : null;
            default -> null;
        };
    }
}
