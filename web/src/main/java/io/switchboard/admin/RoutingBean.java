package io.switchboard.admin;

import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.companies.CompanyDetails;
import io.switchboard.conversations.Priority;
import io.switchboard.people.Gender;
import io.switchboard.people.PersonDetails;
import io.switchboard.platform.DomainException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.routing.AttributeCatalogue;
import io.switchboard.routing.Condition;
import io.switchboard.routing.ConditionGroup;
import io.switchboard.routing.Join;
import io.switchboard.routing.Operator;
import io.switchboard.routing.Route;
import io.switchboard.routing.RouteAttribute;
import io.switchboard.routing.RouteConditions;
import io.switchboard.routing.RouteDraft;
import io.switchboard.routing.RouteService;
import io.switchboard.routing.Routing;
import io.switchboard.routing.RoutingDecision;
import io.switchboard.routing.RoutingSample;
import io.switchboard.routing.ValueKind;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.ReorderEvent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routing screen: routes in evaluation order (drag a row to reorder), enable/disable, a condition editor that
 * offers per attribute only its operators and a fitting value input, and a panel to test the route set.
 * The editor covers a root group and one level of sub-groups; deeper trees (made through the API) are shown read-only.
 */
@Named
@ViewScoped
public class RoutingBean implements Serializable {

    /** A label and a value for select menus. */
    public static final class Option implements Serializable {
        private final String label;
        private final String value;

        Option(String label, String value) {
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

    /** A route as the table shows it. */
    public static final class RouteRow implements Serializable {
        private final long id;
        private final int position;
        private final String name;
        private boolean enabled;
        private final String queueName;
        private final Priority priority;
        private final String conditions;

        RouteRow(Route route) {
            id = route.getId();
            position = route.getOrdinal();
            name = route.getName();
            enabled = route.isEnabled();
            queueName = route.getQueue().getName();
            priority = route.getPriority();
            conditions = summary(RouteConditions.fromJson(route.getConditions()));
        }

        public long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public String getName() {
            return name;
        }

        public boolean isEnabled() {
            return enabled;
        }

        /** The toggle writes the wanted state here before {@link RoutingBean#toggle} stores it. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getQueueName() {
            return queueName;
        }

        public Priority getPriority() {
            return priority;
        }

        /** The condition tree in one line. */
        public String getConditions() {
            return conditions;
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

    /** A route that did not match in a test, and why. */
    public static final class MissRow implements Serializable {
        private final String routeName;
        private final String failed;

        MissRow(RoutingDecision.Miss miss) {
            routeName = miss.routeName();
            failed = miss.path() + ": " + miss.failed();
        }

        public String getRouteName() {
            return routeName;
        }

        public String getFailed() {
            return failed;
        }
    }

    @EJB
    transient RouteService routes;

    @EJB
    transient Routing routing;

    @EJB
    transient QueueService queues;

    @EJB
    transient SenderService senders;

    @EJB
    transient TagService tags;

    private List<RouteRow> rows;
    private List<Option> attributeOptions;
    private Map<String, RouteAttribute> attributes;
    private List<Option> queueOptions;
    private List<Option> senderOptions;
    private List<Option> tagOptions;

    // The editor
    private Long editing;
    private boolean editorOpen;
    private String name;
    private Long queueId;
    private String priority = Priority.NORMAL.name();
    private boolean enabled = true;
    private String join = Join.AND.name();
    private List<ConditionRow> conditions = new ArrayList<>();
    private List<GroupRow> groups = new ArrayList<>();

    // The test panel
    private Long testSenderId;
    private String testFrom;
    private String testText;
    private String testSubject;
    private boolean testVisitor;
    private String testTag;
    private String testCity;
    private String testCountry;
    private String testGender;
    private String testPersonCustom;
    private String testCompanyName;
    private String testCompanySegment;
    private String testMessageCustom;
    private String testResult;
    private List<MissRow> testMisses = List.of();

    @PostConstruct
    void load() {
        rows = routes.list().stream().map(RouteRow::new).toList();
        AttributeCatalogue catalogue = routes.catalogue();
        attributes = new HashMap<>();
        attributeOptions = new ArrayList<>();
        for (RouteAttribute attribute : catalogue.all()) {
            attributes.put(attribute.key(), attribute);
            attributeOptions.add(new Option(attribute.key(), attribute.key()));
        }
        queueOptions = queues.list().stream().map(q -> new Option(q.getName(), String.valueOf(q.getId()))).toList();
        senderOptions = senders.list().stream().map(s -> new Option(senderLabel(s), String.valueOf(s.getId())))
                .toList();
        tagOptions = tags.list().stream().map(Tag::getName).map(t -> new Option(t, t)).toList();
    }

    private static String senderLabel(Sender sender) {
        return sender.getChannel() + " " + sender.getAddress() + (sender.getName() == null ? "" : " (" + sender.getName() + ")");
    }

    // ---- The list

    /** Applies a drag and drop: the dragged route goes to the dropped-on place, all in one transaction. */
    public void reorder(ReorderEvent event) {
        RouteRow moved = rows.get(event.getFromIndex());
        try {
            routes.move(moved.getId(), event.getToIndex() + 1);
            Messages.inform("Route '" + moved.getName() + "' moved to position " + (event.getToIndex() + 1));
        } catch (DomainException e) {
            Messages.fail(e);
        }
        load();
    }

    /** Moves a route one place up (for keyboards, where dragging is not possible). */
    public void moveUp(RouteRow row) {
        try {
            routes.move(row.getId(), Math.max(1, row.getPosition() - 1));
            Messages.inform("Route '" + row.getName() + "' moved to position " + Math.max(1, row.getPosition() - 1));
        } catch (DomainException e) {
            Messages.fail(e);
        }
        load();
    }

    /** Stores the state the row's toggle was switched to. */
    public void toggle(RouteRow row) {
        try {
            routes.enable(row.getId(), row.isEnabled());
            Messages.inform("Route '" + row.getName() + "' " + (row.isEnabled() ? "enabled" : "disabled"));
        } catch (DomainException e) {
            Messages.fail(e);
        }
        load();
    }

    public void delete(RouteRow row) {
        try {
            routes.delete(row.getId());
            Messages.inform("Route '" + row.getName() + "' deleted");
        } catch (DomainException e) {
            Messages.fail(e);
        }
        load();
    }

    // ---- The editor

    public void startNew() {
        editing = null;
        name = null;
        queueId = null;
        priority = Priority.NORMAL.name();
        enabled = true;
        join = Join.AND.name();
        conditions = new ArrayList<>(List.of(new ConditionRow()));
        groups = new ArrayList<>();
        editorOpen = true;
    }

    public void edit(RouteRow row) {
        Route route = routes.find(row.getId());
        ConditionGroup tree = RouteConditions.fromJson(route.getConditions());
        if (tree.groups().stream().anyMatch(g -> !g.groups().isEmpty())) {
            Messages.fail(new InvalidInputException("conditions",
                    "this route nests groups deeper than the editor shows: change it through the API"));
            return;
        }
        editing = route.getId();
        name = route.getName();
        queueId = route.getQueue().getId();
        priority = route.getPriority().name();
        enabled = route.isEnabled();
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
        editorOpen = true;
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

    public void cancel() {
        editorOpen = false;
    }

    public void addCondition() {
        conditions.add(new ConditionRow());
    }

    /** Removes a condition from its group, or from the route's own conditions when {@code group} is null. */
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

    public void save() {
        RouteDraft draft = new RouteDraft(name, enabled, queueId, Priority.valueOf(priority), tree());
        try {
            Route saved = editing == null ? routes.create(draft) : routes.update(editing, draft);
            Messages.inform("Route '" + saved.getName() + "' saved");
            editorOpen = false;
            load();
        } catch (DomainException e) {
            Messages.fail(e);
        }
    }

    private ConditionGroup tree() {
        List<ConditionGroup> nested = groups.stream().map(g -> new ConditionGroup(g.join,
                g.conditions.stream().map(this::condition).toList(), List.of())).toList();
        return new ConditionGroup(join, conditions.stream().map(this::condition).toList(), nested);
    }

    private Condition condition(ConditionRow row) {
        String value = isDate(row) ? (row.date == null ? null : row.date.toString()) : row.value;
        return new Condition(row.attribute, row.operator, value);
    }

    /** The operators the row's attribute allows (all of them before an attribute is chosen). */
    public List<Option> operatorsFor(ConditionRow row) {
        RouteAttribute attribute = row.attribute == null ? null : attributes.get(row.attribute);
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
                ? "text" : "select";
    }

    private boolean isDate(ConditionRow row) {
        return kindOf(row) == ValueKind.DATE;
    }

    private ValueKind kindOf(ConditionRow row) {
        RouteAttribute attribute = row.attribute == null ? null : attributes.get(row.attribute);
        return attribute == null ? null : attribute.kind();
    }

    /** The choices of a select value input: channels, senders, queues, tags, genders or true/false. */
    public List<Option> valuesFor(ConditionRow row) {
        ValueKind kind = kindOf(row);
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case CHANNEL -> Arrays.stream(Channel.values()).map(c -> new Option(c.name(), c.name())).toList();
            case GENDER -> Arrays.stream(Gender.values()).map(g -> new Option(g.name(), g.name())).toList();
            case BOOLEAN -> List.of(new Option("true", "true"), new Option("false", "false"));
            case SENDER, SENDER_LIST -> senderOptions;
            case QUEUE_LIST -> queueOptions;
            case TAG_LIST -> tagOptions;
            default -> List.of();
        };
    }

    static String summary(ConditionGroup group) {
        List<String> parts = new ArrayList<>();
        group.conditions().forEach(c -> parts.add(c.attribute() + " " + Operator.valueOf(c.operator()).label() + " "
                + c.value()));
        group.groups().forEach(g -> parts.add("(" + summary(g) + ")"));
        return String.join(" " + group.join() + " ", parts);
    }

    // ---- The test panel

    /** Tries the route set on the sample, storing nothing. */
    public void test() {
        try {
            if (testSenderId == null) {
                throw new InvalidInputException("sender", "choose the sender the sample is written to");
            }
            Sender sender = senders.find(testSenderId);
            RoutingSample sample = new RoutingSample(sender.getChannel(), blankToNull(testFrom), sender.getAddress(),
                    blankToNull(testText), blankToNull(testSubject), List.of(), List.of(), testVisitor, Map.of(),
                    pairs(testMessageCustom), testTag == null || testTag.isBlank() ? Set.of() : Set.of(testTag));
            PersonDetails person = new PersonDetails(null, null, null, null, null, blankToNull(testCity),
                    blankToNull(testCountry), null, testGender == null || testGender.isBlank() ? null
                    : Gender.valueOf(testGender), null, null, null, Set.of(), Set.of(), null, pairs(testPersonCustom));
            CompanyDetails company = testCompanyName == null || testCompanyName.isBlank() ? null
                    : new CompanyDetails(testCompanyName, null, null, null, Set.of(), null, null, null,
                    blankToNull(testCompanySegment), Set.of(), null, null, Map.of());
            RoutingDecision decision = routing.test(sample, person, company);
            Queue queue = routing.queueOf(decision);
            testResult = (decision.matched() ? "Route '" + decision.routeName() + "' matches" : "No route matches")
                    + ": queue " + queue.getName() + ", priority " + decision.priority();
            testMisses = decision.misses().stream().map(MissRow::new).toList();
        } catch (DomainException e) {
            Messages.fail(e);
        }
    }

    /** "name=value" lines as a map. */
    private static Map<String, String> pairs(String lines) {
        Map<String, String> map = new HashMap<>();
        if (lines != null) {
            for (String line : lines.split("\\R")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    map.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
        }
        return map;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    // ---- Getters and setters for the page

    public List<RouteRow> getRows() {
        return rows;
    }

    public List<Option> getAttributeOptions() {
        return attributeOptions;
    }

    public List<Option> getQueueOptions() {
        return queueOptions;
    }

    public List<Option> getSenderOptions() {
        return senderOptions;
    }

    public List<Option> getTagOptions() {
        return tagOptions;
    }

    public List<String> getPriorities() {
        return Arrays.stream(Priority.values()).map(Enum::name).toList();
    }

    public List<String> getGenders() {
        return Arrays.stream(Gender.values()).map(Enum::name).toList();
    }

    public boolean isEditorOpen() {
        return editorOpen;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
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

    public Long getTestSenderId() {
        return testSenderId;
    }

    public void setTestSenderId(Long testSenderId) {
        this.testSenderId = testSenderId;
    }

    public String getTestFrom() {
        return testFrom;
    }

    public void setTestFrom(String testFrom) {
        this.testFrom = testFrom;
    }

    public String getTestText() {
        return testText;
    }

    public void setTestText(String testText) {
        this.testText = testText;
    }

    public String getTestSubject() {
        return testSubject;
    }

    public void setTestSubject(String testSubject) {
        this.testSubject = testSubject;
    }

    public boolean isTestVisitor() {
        return testVisitor;
    }

    public void setTestVisitor(boolean testVisitor) {
        this.testVisitor = testVisitor;
    }

    public String getTestTag() {
        return testTag;
    }

    public void setTestTag(String testTag) {
        this.testTag = testTag;
    }

    public String getTestCity() {
        return testCity;
    }

    public void setTestCity(String testCity) {
        this.testCity = testCity;
    }

    public String getTestCountry() {
        return testCountry;
    }

    public void setTestCountry(String testCountry) {
        this.testCountry = testCountry;
    }

    public String getTestGender() {
        return testGender;
    }

    public void setTestGender(String testGender) {
        this.testGender = testGender;
    }

    public String getTestPersonCustom() {
        return testPersonCustom;
    }

    public void setTestPersonCustom(String testPersonCustom) {
        this.testPersonCustom = testPersonCustom;
    }

    public String getTestCompanyName() {
        return testCompanyName;
    }

    public void setTestCompanyName(String testCompanyName) {
        this.testCompanyName = testCompanyName;
    }

    public String getTestCompanySegment() {
        return testCompanySegment;
    }

    public void setTestCompanySegment(String testCompanySegment) {
        this.testCompanySegment = testCompanySegment;
    }

    public String getTestMessageCustom() {
        return testMessageCustom;
    }

    public void setTestMessageCustom(String testMessageCustom) {
        this.testMessageCustom = testMessageCustom;
    }

    public String getTestResult() {
        return testResult;
    }

    public List<MissRow> getTestMisses() {
        return testMisses;
    }
}
