package io.switchboard.sla;

/** The SLA policy list changed: open conversations are to be re-evaluated once the change commits. */
public record SlaPoliciesChanged() {}
