package io.switchboard.routing;

import io.switchboard.conversations.Priority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The enabled routes in order, compiled once for fast evaluation: every condition's value is read ahead of time, and
 * each attribute a route tests has a slot that an evaluation fills at most once, on first use. Immutable and safe to
 * share between threads; {@link #decide} gives the first route whose conditions hold, or the Default queue.
 */
public final class RouteSet {

    private final List<CompiledRoute> routes;
    private final String[] slotKeys;
    private final ValueKind[] slotKinds;

    private RouteSet(List<CompiledRoute> routes, String[] slotKeys, ValueKind[] slotKinds) {
        this.routes = routes;
        this.slotKeys = slotKeys;
        this.slotKinds = slotKinds;
    }

    /**
     * Compiles the routes, in evaluation order; disabled ones are left out. Conditions are expected to have passed
     * {@link RouteConditions#check}; one whose attribute has disappeared since (a deleted custom attribute) never holds.
     */
    public static RouteSet compile(List<RouteRule> rules, AttributeCatalogue catalogue) {
        Map<String, Integer> slots = new HashMap<>();
        List<ValueKind> kinds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<CompiledRoute> compiled = new ArrayList<>();
        for (RouteRule rule : rules) {
            if (rule.enabled()) {
                Node root = compileGroup(rule.conditions(), "conditions", catalogue, slots, keys, kinds);
                compiled.add(new CompiledRoute(rule, root));
            }
        }
        return new RouteSet(List.copyOf(compiled), keys.toArray(String[]::new), kinds.toArray(ValueKind[]::new));
    }

    /** How many routes take part (the enabled ones). */
    public int size() {
        return routes.size();
    }

    public RoutingDecision decide(RoutingFacts facts) {
        Object[] values = new Object[slotKeys.length];
        boolean[] read = new boolean[slotKeys.length];
        Evaluation evaluation = new Evaluation(facts, values, read);
        List<RoutingDecision.Miss> misses = new ArrayList<>();
        for (CompiledRoute route : routes) {
            Node failed = route.root.failure(evaluation);
            if (failed == null) {
                return new RoutingDecision(route.rule.id(), route.rule.name(), route.rule.queueId(),
                        route.rule.priority(), misses);
            }
            if (misses.size() < RoutingDecision.MISSES_KEPT) {
                misses.add(new RoutingDecision.Miss(route.rule.id(), route.rule.name(), failed.path,
                        failed.description));
            }
        }
        return new RoutingDecision(null, null, null, Priority.NORMAL, misses);
    }

    private static Node compileGroup(ConditionGroup group, String path, AttributeCatalogue catalogue,
                                     Map<String, Integer> slots, List<String> keys, List<ValueKind> kinds) {
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < group.conditions().size(); i++) {
            children.add(compileCondition(group.conditions().get(i), path + ".conditions[" + i + "]", catalogue,
                    slots, keys, kinds));
        }
        for (int i = 0; i < group.groups().size(); i++) {
            children.add(compileGroup(group.groups().get(i), path + ".groups[" + i + "]", catalogue, slots, keys,
                    kinds));
        }
        Node[] members = children.toArray(Node[]::new);
        return Join.valueOf(group.join()) == Join.AND ? new AllOf(path, members)
                : new AnyOf(path, members, "none of the " + members.length + " alternatives of " + path + " held");
    }

    private static Node compileCondition(Condition condition, String path, AttributeCatalogue catalogue,
                                         Map<String, Integer> slots, List<String> keys, List<ValueKind> kinds) {
        String description = RouteConditions.describe(condition);
        RouteAttribute attribute = catalogue.find(condition.attribute()).orElse(null);
        if (attribute == null) {
            return new Never(path, description + " (the attribute is no longer defined)");
        }
        int slot = slots.computeIfAbsent(attribute.key(), key -> {
            keys.add(key);
            kinds.add(attribute.kind());
            return keys.size() - 1;
        });
        Operator operator = Operator.valueOf(condition.operator());
        return new Leaf(path, description, slot, Test.of(operator.positive(), attribute.kind()),
                ConditionValues.read(attribute.kind(), condition.value()), operator.negative());
    }

    private record CompiledRoute(RouteRule rule, Node root) {
    }

    /** The facts of one decision and the attribute values read from them so far. */
    private final class Evaluation {
        final RoutingFacts facts;
        final Object[] values;
        final boolean[] read;

        Evaluation(RoutingFacts facts, Object[] values, boolean[] read) {
            this.facts = facts;
            this.values = values;
            this.read = read;
        }

        Object value(int slot) {
            if (!read[slot]) {
                values[slot] = RoutingFactsReader.read(slotKeys[slot], slotKinds[slot], facts);
                read[slot] = true;
            }
            return values[slot];
        }
    }

    /** A part of a condition tree. */
    private abstract static class Node {
        final String path;
        final String description;

        Node(String path, String description) {
            this.path = path;
            this.description = description;
        }

        /** Null when this part holds, else the part that explains why not. */
        abstract Node failure(RouteSet.Evaluation evaluation);
    }

    private static final class AllOf extends Node {
        private final Node[] members;

        AllOf(String path, Node[] members) {
            super(path, "all of " + path);
            this.members = members;
        }

        @Override
        Node failure(RouteSet.Evaluation evaluation) {
            for (Node member : members) {
                Node failed = member.failure(evaluation);
                if (failed != null) {
                    return failed;
                }
            }
            return null;
        }
    }

    private static final class AnyOf extends Node {
        private final Node[] members;

        AnyOf(String path, Node[] members, String description) {
            super(path, description);
            this.members = members;
        }

        @Override
        Node failure(RouteSet.Evaluation evaluation) {
            for (Node member : members) {
                if (member.failure(evaluation) == null) {
                    return null;
                }
            }
            return this;
        }
    }

    private static final class Never extends Node {
        Never(String path, String description) {
            super(path, description);
        }

        @Override
        Node failure(RouteSet.Evaluation evaluation) {
            return this;
        }
    }

    private static final class Leaf extends Node {
        private final int slot;
        private final Test test;
        private final Object constant;
        private final boolean negate;

        Leaf(String path, String description, int slot, Test test, Object constant, boolean negate) {
            super(path, description);
            this.slot = slot;
            this.test = test;
            this.constant = constant;
            this.negate = negate;
        }

        @Override
        Node failure(RouteSet.Evaluation evaluation) {
            Object value = evaluation.value(slot);
            boolean positive = false;
            if (value instanceof Object[] many) {
                for (Object one : many) {
                    if (test.holds(one, constant)) {
                        positive = true;
                        break;
                    }
                }
            } else if (value != null) {
                positive = test.holds(value, constant);
            }
            return positive != negate ? null : this;
        }
    }

    /** A positive comparison of one fact value with a condition's value, both already in comparable form. */
    private enum Test {
        EQUALS {
            @Override
            boolean holds(Object value, Object constant) {
                return constant.equals(value);
            }
        },
        NUMBER_EQUALS {
            @Override
            boolean holds(Object value, Object constant) {
                return ((BigDecimal) constant).compareTo((BigDecimal) value) == 0;
            }
        },
        CONTAINS {
            @Override
            boolean holds(Object value, Object constant) {
                return ((String) value).contains((String) constant);
            }
        },
        STARTS_WITH {
            @Override
            boolean holds(Object value, Object constant) {
                return ((String) value).startsWith((String) constant);
            }
        },
        BEFORE {
            @Override
            boolean holds(Object value, Object constant) {
                return ((LocalDate) value).isBefore((LocalDate) constant);
            }
        },
        AFTER {
            @Override
            boolean holds(Object value, Object constant) {
                return ((LocalDate) value).isAfter((LocalDate) constant);
            }
        },
        BEFORE_OR_ON {
            @Override
            boolean holds(Object value, Object constant) {
                return !((LocalDate) value).isAfter((LocalDate) constant);
            }
        },
        AFTER_OR_ON {
            @Override
            boolean holds(Object value, Object constant) {
                return !((LocalDate) value).isBefore((LocalDate) constant);
            }
        };

        abstract boolean holds(Object value, Object constant);

        static Test of(Operator positive, ValueKind kind) {
            return switch (positive) {
                case IS, IN_LIST -> kind == ValueKind.NUMBER ? NUMBER_EQUALS : EQUALS;
                case CONTAINS -> CONTAINS;
                case STARTS_WITH -> STARTS_WITH;
                case BEFORE -> BEFORE;
                case AFTER -> AFTER;
                case BEFORE_OR_ON -> BEFORE_OR_ON;
                case AFTER_OR_ON -> AFTER_OR_ON;
                default -> throw new IllegalArgumentException(positive + " is not positive");
            };
        }
    }
}
