package io.switchboard.conditions;

import io.switchboard.platform.InvalidInputException;

/** Checks a condition tree (a route's, an SLA policy's) against the attribute catalogue before it is stored. */
public final class Conditions {

    /** Deepest nesting of groups below the root. */
    public static final int MAX_DEPTH = 4;
    /** Most conditions in one tree. */
    public static final int MAX_CONDITIONS = 50;

    private Conditions() {}

    /**
     * Throws {@link InvalidInputException} naming the first faulty part by its path under {@code root}, for example
     * {@code conditions.groups[0].conditions[1].value}: a missing or unknown join, an empty group, an unknown
     * attribute, an operator the attribute does not allow, a malformed value or a reference to nothing.
     */
    public static void check(ConditionGroup group, String root, AttributeCatalogue catalogue, Vocabulary vocabulary) {
        if (group == null) {
            throw new InvalidInputException(root, "is required");
        }
        int conditions = checkGroup(group, root, 0, catalogue, vocabulary);
        if (conditions > MAX_CONDITIONS) {
            throw new InvalidInputException(root, "has " + conditions + " conditions; at most " + MAX_CONDITIONS);
        }
    }

    private static int checkGroup(
            ConditionGroup group, String path, int depth, AttributeCatalogue catalogue, Vocabulary vocabulary) {
        if (group.join() == null) {
            throw new InvalidInputException(path + ".join", "is required: AND or OR");
        }
        if (!group.join().equals(Join.AND.name()) && !group.join().equals(Join.OR.name())) {
            throw new InvalidInputException(path + ".join", "must be AND or OR");
        }
        if (group.conditions().isEmpty() && group.groups().isEmpty()) {
            throw new InvalidInputException(path, "needs at least one condition or group");
        }
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(path, "nests groups deeper than " + MAX_DEPTH + " levels");
        }
        int count = 0;
        for (int i = 0; i < group.conditions().size(); i++) {
            checkCondition(group.conditions().get(i), path + ".conditions[" + i + "]", catalogue, vocabulary);
            count++;
        }
        for (int i = 0; i < group.groups().size(); i++) {
            ConditionGroup child = group.groups().get(i);
            String childPath = path + ".groups[" + i + "]";
            if (child == null) {
                throw new InvalidInputException(childPath, "is required");
            }
            count += checkGroup(child, childPath, depth + 1, catalogue, vocabulary);
        }
        return count;
    }

    private static void checkCondition(
            Condition condition, String path, AttributeCatalogue catalogue, Vocabulary vocabulary) {
        if (condition == null) {
            throw new InvalidInputException(path, "is required");
        }
        if (condition.attribute() == null || condition.attribute().isBlank()) {
            throw new InvalidInputException(path + ".attribute", "is required");
        }
        Attribute attribute = catalogue
                .find(condition.attribute())
                .orElseThrow(() -> new InvalidInputException(
                        path + ".attribute", "unknown attribute '" + condition.attribute() + "'"));
        Operator operator = operator(condition.operator(), path);
        if (!attribute.operators().contains(operator)) {
            throw new InvalidInputException(
                    path + ".operator",
                    "'" + operator.label() + "' is not allowed for "
                            + attribute.key() + "; allowed: "
                            + String.join(
                                    ", ",
                                    attribute.orderedOperators().stream()
                                            .map(Operator::name)
                                            .toList()));
        }
        String problem = ConditionValues.problem(attribute.kind(), condition.value(), vocabulary);
        if (problem != null) {
            throw new InvalidInputException(path + ".value", problem);
        }
    }

    private static Operator operator(String name, String path) {
        if (name == null) {
            throw new InvalidInputException(path + ".operator", "is required");
        }
        try {
            return Operator.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(path + ".operator", "must be one of " + Operator.NAMES);
        }
    }

    /** One condition as a person reads it: {@code person.country is 'spain'}. */
    static String describe(Condition condition) {
        return condition.attribute() + " "
                + Operator.valueOf(condition.operator()).label() + " '" + condition.value() + "'";
    }
}
