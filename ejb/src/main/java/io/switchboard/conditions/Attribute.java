package io.switchboard.conditions;

import java.util.List;
import java.util.Set;

/**
 * An attribute a condition can test: its key ({@code person.city}), where it comes from, what it holds and the
 * operators the guide allows for it. {@code workflowOnly}: only workflows test it (the conversation's status, queue,
 * assignee, form...), because routing decides before any of it exists.
 */
public record Attribute(
        String key, String label, String category, ValueKind kind, Set<Operator> operators, boolean workflowOnly) {

    public Attribute {
        operators = Set.copyOf(operators);
    }

    /** An attribute every condition language user (routes, SLA policies, forms, workflows) may test. */
    public Attribute(String key, String label, String category, ValueKind kind, Set<Operator> operators) {
        this(key, label, category, kind, operators, false);
    }

    /** The allowed operators in the order the guide lists them. */
    public List<Operator> orderedOperators() {
        return java.util.Arrays.stream(Operator.values())
                .filter(operators::contains)
                .toList();
    }
}
