package io.switchboard.conditions;

import java.util.List;
import java.util.Set;

/**
 * An attribute a condition can test: its key ({@code person.city}), where it comes from, what it holds and the
 * operators the guide allows for it.
 */
public record Attribute(String key, String label, String category, ValueKind kind, Set<Operator> operators) {

    public Attribute {
        operators = Set.copyOf(operators);
    }

    /** The allowed operators in the order the guide lists them. */
    public List<Operator> orderedOperators() {
        return java.util.Arrays.stream(Operator.values())
                .filter(operators::contains)
                .toList();
    }
}
