package io.switchboard.lifecycle.workflows;

/**
 * What one action of a run did: DONE, SKIPPED (with why), FAILED (with the refusal) or QUEUED (a call or Slack message
 * written to the outbox, which delivers it after the action's transaction commits).
 */
public record ActionOutcome(String type, String outcome, String detail) {

    static ActionOutcome done(String type) {
        return new ActionOutcome(type, "DONE", null);
    }

    static ActionOutcome skipped(String type, String why) {
        return new ActionOutcome(type, "SKIPPED", why);
    }

    static ActionOutcome queued(String type, long outboxEntryId) {
        return new ActionOutcome(type, "QUEUED", "queued for delivery (outbox entry " + outboxEntryId + ")");
    }

    static ActionOutcome failed(String type, String why) {
        return new ActionOutcome(type, "FAILED", why);
    }
}
