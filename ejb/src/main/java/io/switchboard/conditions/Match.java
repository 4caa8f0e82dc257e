package io.switchboard.conditions;

import java.util.List;

/**
 * The outcome of a {@link RuleSet}: the first rule whose conditions held (null when none did), and for the first
 * rules that did not hold the condition that failed.
 */
public record Match<T>(Rule<T> rule, List<Miss> misses) {

    public Match {
        misses = List.copyOf(misses);
    }

    public boolean matched() {
        return rule != null;
    }

    /** What the matching rule yields; null when none matched. */
    public T yielded() {
        return rule == null ? null : rule.yields();
    }
}
