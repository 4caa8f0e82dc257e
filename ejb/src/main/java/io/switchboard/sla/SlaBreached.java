package io.switchboard.sla;

import java.time.Instant;

/** A conversation's SLA clock passed its due time (fired once per clock, in the transaction that noticed it). */
public record SlaBreached(long conversationId, SlaMetric metric, Instant dueAt, long policyId, String severity) {}
