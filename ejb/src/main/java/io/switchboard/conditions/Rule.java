package io.switchboard.conditions;

import java.util.Objects;

/**
 * One rule of an ordered {@link RuleSet}: its conditions and what it yields when they hold (a route's destination, an
 * SLA policy). Id and name explain a miss.
 */
public record Rule<T>(long id, String name, ConditionGroup conditions, T yields) {

    public Rule {
        Objects.requireNonNull(conditions, "conditions");
    }
}
