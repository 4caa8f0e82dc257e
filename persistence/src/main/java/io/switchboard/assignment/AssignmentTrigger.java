package io.switchboard.assignment;

/** What started an automatic assignment decision. */
public enum AssignmentTrigger {
    NEW_CONVERSATION,
    QUEUE_CHANGE,
    UNASSIGNED,
    AGENT_AVAILABLE,
    QUEUE_BULK,
    BOT_HANDOVER
}
