package io.switchboard.admin.routing;

import io.switchboard.admin.support.ConditionEditor;
import io.switchboard.admin.support.ConditionEditor.Option;
import io.switchboard.admin.support.Messages;
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
import io.switchboard.routing.Route;
import io.switchboard.routing.RouteConditions;
import io.switchboard.routing.RouteDraft;
import io.switchboard.routing.RouteService;
import io.switchboard.routing.Routing;
import io.switchboard.routing.RoutingDecision;
import io.switchboard.routing.RoutingSample;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.ReorderEvent;

import java.io.Serializable;
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
            conditions = ConditionEditor.summary(RouteConditions.fromJson(route.getConditions()));
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
    private ConditionEditor editor;
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
        queueOptions = queues.list().stream().map(q -> new Option(q.getName(), String.valueOf(q.getId()))).toList();
        senderOptions = senders.list().stream().map(s -> new Option(senderLabel(s), String.valueOf(s.getId())))
                .toList();
        tagOptions = tags.list().stream().map(Tag::getName).map(t -> new Option(t, t)).toList();
        if (editor == null) {
            editor = new ConditionEditor(routes.catalogue(), queueOptions, senderOptions, tagOptions);
        }
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
        editor = new ConditionEditor(routes.catalogue(), queueOptions, senderOptions, tagOptions);
        editorOpen = true;
    }

    public void edit(RouteRow row) {
        Route route = routes.find(row.getId());
        ConditionEditor loaded = new ConditionEditor(routes.catalogue(), queueOptions, senderOptions, tagOptions);
        try {
            loaded.load(RouteConditions.fromJson(route.getConditions()), "route");
        } catch (DomainException e) {
            Messages.fail(e);
            return;
        }
        editing = route.getId();
        name = route.getName();
        queueId = route.getQueue().getId();
        priority = route.getPriority().name();
        enabled = route.isEnabled();
        editor = loaded;
        editorOpen = true;
    }

    public void cancel() {
        editorOpen = false;
    }

    public void save() {
        RouteDraft draft = new RouteDraft(name, enabled, queueId, Priority.valueOf(priority), editor.tree());
        try {
            Route saved = editing == null ? routes.create(draft) : routes.update(editing, draft);
            Messages.inform("Route '" + saved.getName() + "' saved");
            editorOpen = false;
            load();
        } catch (DomainException e) {
            Messages.fail(e);
        }
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

    /** The condition editor of the route being edited. */
    public ConditionEditor getEditor() {
        return editor;
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
