package io.switchboard.admin.support;

import io.switchboard.channels.Channel;
import io.switchboard.conditions.Attribute;
import io.switchboard.conditions.AttributeCatalogue;
import io.switchboard.conditions.Condition;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.Join;
import io.switchboard.conditions.Operator;
import io.switchboard.conditions.ValueKind;
import io.switchboard.people.Gender;
import io.switchboard.platform.InvalidInputException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The condition editor that routing and SLA policies share (template condition-editor.xhtml): a root group and one
 * level of sub-groups, each row offering only its attribute's operators and a value input that fits the attribute.
 * Deeper trees (made through the API) cannot be loaded.
 */
public final class ConditionEditor implements Serializable {

    /** A label and a value for select menus. */
    public static final class Option implements Serializable {
        private final String label;
        private final String value;

        public Option(String label, String value) {
            this.label = label;
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }

    /** One condition as the editor holds it; a date attribute's value comes from the date picker. */
    public static final class ConditionRow implements Serializable {
        private String attribute;
        private String operator;
        private String value;
        private LocalDate date;

        public String getAttribute() {
            return attribute;
        }

        public void setAttribute(String attribute) {
            this.attribute = attribute;
        }

        public String getOperator() {
            return operator;
        }

        public void setOperator(String operator) {
            this.operator = operator;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }
    }

    /** A sub-group: its join and conditions. */
    public static final class GroupRow implements Serializable {
        private String join = Join.OR.name();
        private final List<ConditionRow> conditions = new ArrayList<>(List.of(new ConditionRow()));

        public String getJoin() {
            return join;
        }

        public void setJoin(String join) {
            this.join = join;
        }

        public List<ConditionRow> getConditions() {
            return conditions;
        }
    }

    private final Map<String, Attribute> attributes = new HashMap<>();
    private final List<Option> attributeOptions = new ArrayList<>();
    // The attribute menu's groups in the guide's order (LinkedHashMap keeps the catalogue's order).
    private final Map<String, List<SelectItem>> attributeGroups = new LinkedHashMap<>();
    private final List<Option> queueOptions;
    private final List<Option> senderOptions;
    private final List<Option> tagOptions;
    private List<Option> formOptions = List.of();

    private String join = Join.AND.name();
    private List<ConditionRow> conditions = new ArrayList<>(List.of(new ConditionRow()));
    private List<GroupRow> groups = new ArrayList<>();

    /** The attributes come from routing's catalogue; the option lists feed the select value inputs. */
    public ConditionEditor(
            AttributeCatalogue catalogue,
            List<Option> queueOptions,
            List<Option> senderOptions,
            List<Option> tagOptions) {
        for (Attribute attribute : catalogue.all()) {
            attributes.put(attribute.key(), attribute);
            attributeOptions.add(new Option(Labels.attribute(attribute), attribute.key()));
            attributeGroups
                    .computeIfAbsent(Labels.attributeGroup(attribute), g -> new ArrayList<>())
                    .add(new SelectItem(attribute.key(), Labels.attribute(attribute)));
        }
        this.queueOptions = List.copyOf(queueOptions);
        this.senderOptions = List.copyOf(senderOptions);
        this.tagOptions = List.copyOf(tagOptions);
    }

    /** This editor offering these forms for the form condition (workflows). */
    public ConditionEditor withForms(List<Option> forms) {
        this.formOptions = List.copyOf(forms);
        return this;
    }

    /** Starts over with one empty condition joined by AND. */
    public void clear() {
        join = Join.AND.name();
        conditions = new ArrayList<>(List.of(new ConditionRow()));
        groups = new ArrayList<>();
    }

    /** Shows a stored tree; refuses one that nests groups deeper than the editor shows. */
    public void load(ConditionGroup tree, String what) {
        if (tree.groups().stream().anyMatch(g -> !g.groups().isEmpty())) {
            throw new InvalidInputException(
                    "conditions",
                    "this " + what + " nests groups deeper than the editor shows: change it through the API");
        }
        join = tree.join();
        conditions = new ArrayList<>(tree.conditions().stream().map(this::row).toList());
        groups = new ArrayList<>();
        for (ConditionGroup group : tree.groups()) {
            GroupRow groupRow = new GroupRow();
            groupRow.join = group.join();
            groupRow.conditions.clear();
            group.conditions().forEach(c -> groupRow.conditions.add(row(c)));
            groups.add(groupRow);
        }
    }

    /** The tree as edited, for the service to check. */
    public ConditionGroup tree() {
        List<ConditionGroup> nested = groups.stream()
                .map(g -> new ConditionGroup(
                        g.join, g.conditions.stream().map(this::condition).toList(), List.of()))
                .toList();
        return new ConditionGroup(join, conditions.stream().map(this::condition).toList(), nested);
    }

    private ConditionRow row(Condition condition) {
        ConditionRow row = new ConditionRow();
        row.attribute = condition.attribute();
        row.operator = condition.operator();
        if (isDate(row)) {
            row.date = LocalDate.parse(condition.value().trim());
        } else {
            row.value = condition.value();
        }
        return row;
    }

    private Condition condition(ConditionRow row) {
        String value = isDate(row) ? (row.date == null ? null : row.date.toString()) : row.value;
        return new Condition(row.attribute, row.operator, value);
    }

    public void addCondition() {
        conditions.add(new ConditionRow());
    }

    /** Removes a condition from its group, or from the root's own conditions when {@code group} is null. */
    public void removeCondition(GroupRow group, ConditionRow row) {
        (group == null ? conditions : group.conditions).remove(row);
    }

    public void addGroup() {
        groups.add(new GroupRow());
    }

    public void removeGroup(GroupRow group) {
        groups.remove(group);
    }

    public void addGroupCondition(GroupRow group) {
        group.conditions.add(new ConditionRow());
    }

    /** After the attribute changed: keeps the operator only when the new attribute allows it, and clears the value. */
    public void attributeChanged(ConditionRow row) {
        List<Option> allowed = operatorsFor(row);
        if (allowed.stream().noneMatch(o -> o.getValue().equals(row.operator))) {
            row.operator = allowed.isEmpty() ? null : allowed.get(0).getValue();
        }
        row.value = null;
        row.date = null;
    }

    /** The operators the row's attribute allows (all of them before an attribute is chosen). */
    public List<Option> operatorsFor(ConditionRow row) {
        Attribute attribute = row.attribute == null ? null : attributes.get(row.attribute);
        List<Operator> allowed = attribute == null ? Arrays.asList(Operator.values()) : attribute.orderedOperators();
        return allowed.stream().map(o -> new Option(o.label(), o.name())).toList();
    }

    /** Which value input the row needs: text, date or select. */
    public String inputFor(ConditionRow row) {
        ValueKind kind = kindOf(row);
        if (kind == ValueKind.DATE) {
            return "date";
        }
        return kind == null || kind == ValueKind.TEXT || kind == ValueKind.TEXT_LIST || kind == ValueKind.NUMBER
                ? "text"
                : "select";
    }

    private boolean isDate(ConditionRow row) {
        return kindOf(row) == ValueKind.DATE;
    }

    private ValueKind kindOf(ConditionRow row) {
        Attribute attribute = row.attribute == null ? null : attributes.get(row.attribute);
        return attribute == null ? null : attribute.kind();
    }

    /** The choices of a select value input: channels, senders, queues, tags, genders or true/false. */
    public List<Option> valuesFor(ConditionRow row) {
        ValueKind kind = kindOf(row);
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case CHANNEL ->
                Arrays.stream(Channel.values())
                        .map(c -> new Option(Labels.channel(c), c.name()))
                        .toList();
            case GENDER ->
                Arrays.stream(Gender.values())
                        .map(g -> new Option(Labels.words(g), g.name()))
                        .toList();
            case BOOLEAN -> List.of(new Option("true", "true"), new Option("false", "false"));
            case SENDER, SENDER_LIST -> senderOptions;
            case QUEUE_LIST -> queueOptions;
            case TAG_LIST -> tagOptions;
            case FORM_LIST -> formOptions;
            case CHANNEL_LIST ->
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(new Option("Multichannel", "MULTICHANNEL")),
                                Arrays.stream(Channel.values()).map(c -> new Option(Labels.channel(c), c.name())))
                        .toList();
            case DIRECTION, STATUS, ASSIGNMENT, AGENT_STATUS, SENTIMENT ->
                kind.choices().stream()
                        .map(c -> new Option(Labels.choice(c), c))
                        .toList();
            default -> List.of();
        };
    }

    /**
     * The condition tree in one line as people read it: attributes by their label, a sender, queue or channel by its
     * name rather than its id or constant, joins as words ("To is Support (+385 100) and Person › City is Zagreb").
     */
    public String describe(ConditionGroup group) {
        List<String> parts = new ArrayList<>();
        group.conditions().forEach(c -> parts.add(describe(c)));
        group.groups().forEach(g -> parts.add("(" + describe(g) + ")"));
        return parts.isEmpty() ? "Always" : String.join(" " + Labels.join(group.join()) + " ", parts);
    }

    private String describe(Condition condition) {
        Attribute attribute = attributes.get(condition.attribute());
        String name = attribute == null ? condition.attribute() : Labels.attributeInSummary(attribute);
        String operator;
        try {
            operator = Operator.valueOf(condition.operator()).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            operator = String.valueOf(condition.operator());
        }
        return name + " " + operator + " " + shown(condition);
    }

    /** A condition's value: the label of the choice it names, each of a list's values so; else as stored. */
    private String shown(Condition condition) {
        ConditionRow row = new ConditionRow();
        row.attribute = condition.attribute();
        List<Option> choices = valuesFor(row);
        if (choices.isEmpty() || condition.value() == null) {
            return condition.value();
        }
        return Arrays.stream(condition.value().split(","))
                .map(String::trim)
                .map(v -> choices.stream()
                        .filter(o -> o.getValue().equals(v))
                        .map(Option::getLabel)
                        .findFirst()
                        .orElse(missing(kindOf(row), v)))
                .collect(Collectors.joining(", "));
    }

    // A choice that no longer exists: said so, never by its bare id.
    private static String missing(ValueKind kind, String value) {
        return switch (kind) {
            case SENDER, SENDER_LIST -> "a sender that no longer exists";
            case QUEUE_LIST -> "a queue that no longer exists";
            case FORM_LIST -> "a form that no longer exists";
            default -> value;
        };
    }

    /**
     * A failed condition as the routing engine words it for the route tester ("conversation.to is '2'"), read again
     * as {@link #describe} writes conditions ("To is Support (+385 100)"); text it does not recognise stays.
     */
    public String readFailure(String failed) {
        if (failed == null) {
            return "";
        }
        String operators = Arrays.stream(Operator.values())
                .map(Operator::label)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("|"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\w.]+) (" + operators + ") '([^']*)'")
                .matcher(failed);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group(2);
            Operator operator = Arrays.stream(Operator.values())
                    .filter(o -> o.label().equals(label))
                    .findFirst()
                    .orElseThrow();
            String text = describe(new Condition(m.group(1), operator.name(), m.group(3)));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The attribute menu: options grouped as the guide's routing conditions table groups them. */
    public List<SelectItem> getAttributeGroups() {
        return attributeGroups.entrySet().stream()
                .map(g -> (SelectItem) new SelectItemGroup(
                        g.getKey(), null, false, g.getValue().toArray(SelectItem[]::new)))
                .toList();
    }

    public List<Option> getAttributeOptions() {
        return attributeOptions;
    }

    public String getJoin() {
        return join;
    }

    public void setJoin(String join) {
        this.join = join;
    }

    public List<ConditionRow> getConditions() {
        return conditions;
    }

    public List<GroupRow> getGroups() {
        return groups;
    }
}
