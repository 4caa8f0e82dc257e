package io.switchboard.lifecycle.workflows;

/** What one action of a run did: DONE, SKIPPED (with why) or FAILED (with the refusal). */
public record ActionOutcome(String type, String outcome, String detail) {

    static ActionOutcome done(String type) {
        return new ActionOutcome(type, "DONE", null);
    }

    static ActionOutcome skipped(String type, String why) {
        return new ActionOutcome(type, "SKIPPED", why);
    }

    static ActionOutcome failed(String type, String why) {
        return new ActionOutcome(type, "FAILED", why);
    }
}
