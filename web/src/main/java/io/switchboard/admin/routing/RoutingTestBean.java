package io.switchboard.admin.routing;

import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.companies.CompanyDetails;
import io.switchboard.people.Gender;
import io.switchboard.people.PersonDetails;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.queues.Queue;
import io.switchboard.routing.RouteMiss;
import io.switchboard.routing.Routing;
import io.switchboard.routing.RoutingDecision;
import io.switchboard.routing.RoutingSample;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The routing screen's test panel: tries the route set on a sample message, customer and company, storing nothing. */
@Named
@ViewScoped
public class RoutingTestBean implements Serializable {

    /** A route that did not match in a test, and why. */
    public static final class MissRow implements Serializable {
        private final String routeName;
        private final String failed;

        MissRow(RouteMiss miss, io.switchboard.admin.support.ConditionEditor labels) {
            routeName = miss.routeName();
            failed = io.switchboard.admin.support.RefusalWording.place(miss.path()) + ": "
                    + labels.readFailure(miss.failed());
        }

        public String getRouteName() {
            return routeName;
        }

        public String getFailed() {
            return failed;
        }
    }

    @jakarta.inject.Inject
    io.switchboard.admin.support.ConditionChoices choices;

    @EJB
    transient Routing routing;

    @EJB
    transient SenderService senders;

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

    /** Tries the route set on the sample, storing nothing. */
    @ReportsRefusals
    public void test() {
        if (testSenderId == null) {
            throw new InvalidInputException("sender", "choose the sender the sample is written to");
        }
        Sender sender = senders.find(testSenderId);
        RoutingSample sample = new RoutingSample(
                sender.getChannel(),
                blankToNull(testFrom),
                sender.getAddress(),
                blankToNull(testText),
                blankToNull(testSubject),
                List.of(),
                List.of(),
                testVisitor,
                Map.of(),
                pairs(testMessageCustom),
                testTag == null || testTag.isBlank() ? Set.of() : Set.of(testTag));
        PersonDetails person = new PersonDetails(
                null,
                null,
                null,
                null,
                null,
                blankToNull(testCity),
                blankToNull(testCountry),
                null,
                testGender == null || testGender.isBlank() ? null : Gender.valueOf(testGender),
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                pairs(testPersonCustom));
        CompanyDetails company = testCompanyName == null || testCompanyName.isBlank()
                ? null
                : new CompanyDetails(
                        testCompanyName,
                        null,
                        null,
                        null,
                        Set.of(),
                        null,
                        null,
                        null,
                        blankToNull(testCompanySegment),
                        Set.of(),
                        null,
                        null,
                        Map.of());
        RoutingDecision decision = routing.test(sample, person, company);
        Queue queue = routing.queueOf(decision);
        testResult = (decision.matched() ? "Route '" + decision.routeName() + "' matches" : "No route matches")
                + ": queue " + queue.getName() + ", priority " + decision.priority();
        io.switchboard.admin.support.ConditionEditor labels = choices.newEditor();
        testMisses = decision.misses().stream().map(m -> new MissRow(m, labels)).toList();
    }

    /** "name=value" lines as a map. */
    private static Map<String, String> pairs(String lines) {
        Map<String, String> map = new HashMap<>();
        if (lines != null) {
            for (String line : lines.split("\\R")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    map.put(
                            line.substring(0, equals).trim(),
                            line.substring(equals + 1).trim());
                }
            }
        }
        return map;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Genders as words for the menu; the value stays the constant. */
    public List<jakarta.faces.model.SelectItem> getGenders() {
        return Arrays.stream(Gender.values())
                .map(g -> new jakarta.faces.model.SelectItem(g.name(), io.switchboard.admin.support.Labels.words(g)))
                .toList();
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
