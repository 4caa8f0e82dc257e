package io.switchboard.conditions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Ordered rules (routes, SLA policies...) compiled once for fast evaluation: every condition's value is read ahead of
 * time, each attribute a rule tests has a slot that an evaluation fills at most once, on first use, and conditions
 * that several rules share (the same destination number, the same channel...) are decided once per evaluation.
 * Immutable and safe to share between threads; {@link #first} gives the first rule whose conditions hold.
 *
 * @param <T> what a matching rule yields (a route's destination, an SLA policy)
 */
public final class RuleSet<T> {

    private final List<CompiledRule<T>> rules;
    private final String[] slotKeys;
    private final ValueKind[] slotKinds;
    private final int distinctConditions;
    private final EqualityGroup[] equalityGroups;

    private RuleSet(
            List<CompiledRule<T>> rules,
            String[] slotKeys,
            ValueKind[] slotKinds,
            int distinctConditions,
            EqualityGroup[] equalityGroups) {
        this.rules = rules;
        this.slotKeys = slotKeys;
        this.slotKinds = slotKinds;
        this.distinctConditions = distinctConditions;
        this.equalityGroups = equalityGroups;
    }

    /**
     * The is / is not / in list conditions on one attribute: one look-up of the attribute's value decides them all,
     * however many rules compare it with a different value (1,000 rules, one per city, cost one look-up).
     */
    private static final class EqualityGroup {
        final int slot;
        final Map<Object, List<Integer>> positives = new HashMap<>();
        final Map<Object, List<Integer>> negatives = new HashMap<>();
        final List<Integer> allPositives = new ArrayList<>();
        final List<Integer> allNegatives = new ArrayList<>();

        EqualityGroup(int slot) {
            this.slot = slot;
        }

        void add(LeafKey key, int id) {
            (key.negate() ? negatives : positives)
                    .computeIfAbsent(key.constant(), c -> new ArrayList<>())
                    .add(id);
            (key.negate() ? allNegatives : allPositives).add(id);
        }

        /** Decides every condition of the group from the attribute's value. */
        void decide(Object value, byte[] outcomes) {
            allPositives.forEach(id -> outcomes[id] = Evaluation.FAILS);
            allNegatives.forEach(id -> outcomes[id] = Evaluation.HOLDS);
            if (value instanceof Object[] many) {
                for (Object one : many) {
                    mark(one, outcomes);
                }
            } else if (value != null) {
                mark(value, outcomes);
            }
        }

        private void mark(Object value, byte[] outcomes) {
            positives.getOrDefault(value, List.of()).forEach(id -> outcomes[id] = Evaluation.HOLDS);
            negatives.getOrDefault(value, List.of()).forEach(id -> outcomes[id] = Evaluation.FAILS);
        }
    }

    /** What makes two conditions the same test: equal ones share one outcome per evaluation. */
    private record LeafKey(int slot, Test test, Object constant, boolean negate) {}

    /** The state of one compilation. */
    private static final class Compiler {
        final AttributeCatalogue catalogue;
        final Map<String, Integer> slots = new HashMap<>();
        final List<String> keys = new ArrayList<>();
        final List<ValueKind> kinds = new ArrayList<>();
        final Map<LeafKey, Integer> leaves = new HashMap<>();
        final Map<Integer, Integer> groupOfSlot = new HashMap<>();
        final List<EqualityGroup> groups = new ArrayList<>();

        /** The leaf's id, and for a new equality leaf its place in the slot's equality group. */
        int leaf(LeafKey key) {
            Integer known = leaves.get(key);
            if (known != null) {
                return known;
            }
            int id = leaves.size();
            leaves.put(key, id);
            if (key.test() == Test.EQUALS) {
                int group = groupOfSlot.computeIfAbsent(key.slot(), slot -> {
                    groups.add(new EqualityGroup(slot));
                    return groups.size() - 1;
                });
                groups.get(group).add(key, id);
            }
            return id;
        }

        Compiler(AttributeCatalogue catalogue) {
            this.catalogue = catalogue;
        }
    }

    /**
     * Compiles the rules, in evaluation order. Conditions are expected to have passed {@link Conditions#check}; one
     * whose attribute has disappeared since (a deleted custom attribute) never holds.
     */
    public static <T> RuleSet<T> compile(List<Rule<T>> rules, AttributeCatalogue catalogue) {
        Compiler compiler = new Compiler(catalogue);
        List<CompiledRule<T>> compiled = new ArrayList<>();
        for (Rule<T> rule : rules) {
            compiled.add(new CompiledRule<>(rule, compileGroup(rule.conditions(), "conditions", compiler)));
        }
        return new RuleSet<>(
                List.copyOf(compiled),
                compiler.keys.toArray(String[]::new),
                compiler.kinds.toArray(ValueKind[]::new),
                compiler.leaves.size(),
                compiler.groups.toArray(EqualityGroup[]::new));
    }

    /** How many rules take part. */
    public int size() {
        return rules.size();
    }

    /** The first rule whose conditions hold, and for up to {@code missesKept} rules before it what failed. */
    public Match<T> first(Facts facts, int missesKept) {
        return first(facts, yielded -> true, missesKept);
    }

    /**
     * The first rule among the {@code eligible} ones (by what they yield) whose conditions hold, and for up to
     * {@code missesKept} eligible rules before it the condition that failed; other rules are not evaluated.
     */
    public Match<T> first(Facts facts, Predicate<? super T> eligible, int missesKept) {
        Evaluation evaluation = new Evaluation(this, facts);
        List<Miss> misses = new ArrayList<>();
        for (CompiledRule<T> compiled : rules) {
            if (!eligible.test(compiled.rule.yields())) {
                continue;
            }
            Node failed = compiled.root.failure(evaluation);
            if (failed == null) {
                return new Match<>(compiled.rule, misses);
            }
            if (misses.size() < missesKept) {
                misses.add(new Miss(compiled.rule.id(), compiled.rule.name(), failed.path, failed.description));
            }
        }
        return new Match<>(null, misses);
    }

    private static Node compileGroup(ConditionGroup group, String path, Compiler compiler) {
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < group.conditions().size(); i++) {
            children.add(compileCondition(group.conditions().get(i), path + ".conditions[" + i + "]", compiler));
        }
        for (int i = 0; i < group.groups().size(); i++) {
            children.add(compileGroup(group.groups().get(i), path + ".groups[" + i + "]", compiler));
        }
        Node[] members = children.toArray(Node[]::new);
        return Join.valueOf(group.join()) == Join.AND
                ? new AllOf(path, members)
                : new AnyOf(path, members, "none of the " + members.length + " alternatives of " + path + " held");
    }

    private static Node compileCondition(Condition condition, String path, Compiler compiler) {
        String description = Conditions.describe(condition);
        Attribute attribute = compiler.catalogue.find(condition.attribute()).orElse(null);
        if (attribute == null) {
            return new Never(path, description + " (the attribute is no longer defined)");
        }
        int slot = compiler.slots.computeIfAbsent(attribute.key(), key -> {
            compiler.keys.add(key);
            compiler.kinds.add(attribute.kind());
            return compiler.keys.size() - 1;
        });
        Operator operator = Operator.valueOf(condition.operator());
        LeafKey key = new LeafKey(
                slot,
                Test.of(operator.positive(), attribute.kind()),
                ConditionValues.read(attribute.kind(), condition.value()),
                operator.negative());
        int id = compiler.leaf(key);
        int group = key.test() == Test.EQUALS ? compiler.groupOfSlot.get(slot) : -1;
        return new Leaf(path, description, id, group, key);
    }

    private record CompiledRule<T>(Rule<T> rule, Node root) {}

    /** The facts of one decision, the attribute values read from them and the conditions decided so far. */
    private static final class Evaluation {
        static final byte HOLDS = 1;
        static final byte FAILS = 2;

        final RuleSet<?> set;
        final Facts facts;
        final Object[] values;
        final boolean[] read;
        final byte[] outcomes;

        Evaluation(RuleSet<?> set, Facts facts) {
            this.set = set;
            this.facts = facts;
            this.values = new Object[set.slotKeys.length];
            this.read = new boolean[set.slotKeys.length];
            this.outcomes = new byte[set.distinctConditions];
        }

        void decideGroup(int group) {
            EqualityGroup equality = set.equalityGroups[group];
            equality.decide(value(equality.slot), outcomes);
        }

        Object value(int slot) {
            if (!read[slot]) {
                values[slot] = FactsReader.read(set.slotKeys[slot], set.slotKinds[slot], facts);
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
        abstract Node failure(Evaluation evaluation);
    }

    private static final class AllOf extends Node {
        private final Node[] members;

        AllOf(String path, Node[] members) {
            super(path, "all of " + path);
            this.members = members;
        }

        @Override
        Node failure(Evaluation evaluation) {
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
        Node failure(Evaluation evaluation) {
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
        Node failure(Evaluation evaluation) {
            return this;
        }
    }

    private static final class Leaf extends Node {
        private final int id;
        private final int group;
        private final int slot;
        private final Test test;
        private final Object constant;
        private final boolean negate;

        Leaf(String path, String description, int id, int group, LeafKey key) {
            super(path, description);
            this.id = id;
            this.group = group;
            this.slot = key.slot();
            this.test = key.test();
            this.constant = key.constant();
            this.negate = key.negate();
        }

        @Override
        Node failure(Evaluation evaluation) {
            byte outcome = evaluation.outcomes[id];
            if (outcome == 0) {
                if (group >= 0) {
                    evaluation.decideGroup(group);
                } else {
                    evaluation.outcomes[id] = holds(evaluation) ? Evaluation.HOLDS : Evaluation.FAILS;
                }
                outcome = evaluation.outcomes[id];
            }
            return outcome == Evaluation.HOLDS ? null : this;
        }

        private boolean holds(Evaluation evaluation) {
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
            return positive != negate;
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
        },
        GREATER_THAN {
            @Override
            boolean holds(Object value, Object constant) {
                return ((BigDecimal) value).compareTo((BigDecimal) constant) > 0;
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
                case GREATER_THAN -> GREATER_THAN;
                default -> throw new IllegalArgumentException(positive + " is not positive");
            };
        }
    }
}
