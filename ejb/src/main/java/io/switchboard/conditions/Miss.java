package io.switchboard.conditions;

/** A rule that did not hold, and the condition (or OR group) of its tree that failed: its path, as a person reads it. */
public record Miss(long ruleId, String ruleName, String path, String failed) {}
