package io.switchboard.lifecycle.workflows;

import io.switchboard.workflows.logic.TimedTriggers.Trigger;

/** An armed time-based trigger's deadline was taken for running: its workflow runs once the taking committed. */
public record TimeTriggerDue(long conversationId, Trigger trigger) {}
