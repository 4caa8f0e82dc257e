package io.switchboard.sla.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.sla.QueueScope;
import io.switchboard.sla.SlaPolicyDefinition;
import io.switchboard.sla.SlaPolicyDefinition.SeverityDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlaPolicyRulesTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2026-12-31T23:59:59Z");
    private static final SeverityDefinition DEFAULT = new SeverityDefinition("Default", true, 10, 30, 480, false);

    private static SlaPolicyDefinition policy(
            Instant from, Instant to, QueueScope scope, Set<Long> queues, SeverityDefinition... severities) {
        return new SlaPolicyDefinition(
                "Premium", true, from, to, ConditionGroup.all(), scope, queues, false, Arrays.asList(severities));
    }

    private static void refused(SlaPolicyDefinition definition, String field) {
        assertThatThrownBy(() -> SlaPolicyRules.check(definition))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo(field));
    }

    @Test
    void aPolicyWithADefaultSeverityIsAccepted() {
        SlaPolicyRules.check(policy(
                JAN,
                DEC,
                QueueScope.ALL,
                Set.of(),
                DEFAULT,
                new SeverityDefinition("Severity 1", false, 5, null, null, true)));
    }

    @Test
    void theValidityPeriodMustNotEndBeforeItStarts() {
        refused(policy(DEC, JAN, QueueScope.ALL, Set.of(), DEFAULT), "validTo");
        SlaPolicyRules.check(policy(JAN, JAN, QueueScope.ALL, Set.of(), DEFAULT));
        SlaPolicyRules.check(policy(null, JAN, QueueScope.ALL, Set.of(), DEFAULT));
    }

    @Test
    void severitiesAreRequiredWithExactlyOneDefault() {
        refused(policy(null, null, QueueScope.ALL, Set.of()), "severities");
        refused(
                policy(null, null, QueueScope.ALL, Set.of(), new SeverityDefinition("S1", false, 5, null, null, false)),
                "severities");
        refused(
                policy(
                        null,
                        null,
                        QueueScope.ALL,
                        Set.of(),
                        DEFAULT,
                        new SeverityDefinition("Other", true, 5, null, null, false)),
                "severities");
    }

    @Test
    void aSeverityPromisesAtLeastOnePositiveTime() {
        refused(
                policy(
                        null,
                        null,
                        QueueScope.ALL,
                        Set.of(),
                        DEFAULT,
                        new SeverityDefinition("Empty", false, null, null, null, false)),
                "severities[1]");
        refused(
                policy(
                        null,
                        null,
                        QueueScope.ALL,
                        Set.of(),
                        DEFAULT,
                        new SeverityDefinition("Negative", false, null, -5, null, false)),
                "severities[1].nextReplyMinutes");
        refused(
                policy(
                        null,
                        null,
                        QueueScope.ALL,
                        Set.of(),
                        new SeverityDefinition("Zero", true, 0, null, null, false)),
                "severities[0].firstResponseMinutes");
        refused(
                policy(
                        null,
                        null,
                        QueueScope.ALL,
                        Set.of(),
                        DEFAULT,
                        new SeverityDefinition("Huge", false, null, null, SlaPolicyRules.MAX_MINUTES + 1, false)),
                "severities[1].resolutionMinutes");
    }

    @Test
    void severityNamesAreUniqueInAPolicy() {
        refused(
                policy(
                        null,
                        null,
                        QueueScope.ALL,
                        Set.of(),
                        DEFAULT,
                        new SeverityDefinition("default", false, 5, null, null, false)),
                "severities[1].name");
    }

    @Test
    void aQueueScopeOtherThanAllNamesQueues() {
        refused(policy(null, null, QueueScope.ONLY, Set.of(), DEFAULT), "queueIds");
        SlaPolicyRules.check(policy(null, null, QueueScope.EXCEPT, Set.of(7L), DEFAULT));
    }

    @Test
    void queueScopesCoverTheirQueues() {
        assertThat(QueueScope.ALL.covers(1, Set.of())).isTrue();
        assertThat(QueueScope.ONLY.covers(1, Set.of(1L))).isTrue();
        assertThat(QueueScope.ONLY.covers(2, Set.of(1L))).isFalse();
        assertThat(QueueScope.EXCEPT.covers(1, Set.of(1L))).isFalse();
        assertThat(QueueScope.EXCEPT.covers(2, Set.of(1L))).isTrue();
        assertThat(QueueScope.NAMES.split("\\|"))
                .containsExactly(
                        Arrays.stream(QueueScope.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void aPolicyIsInForceWhenEnabledAndInsideItsValidityPeriod() {
        Instant june = Instant.parse("2026-06-01T00:00:00Z");
        assertThat(SlaPolicyRules.inForce(true, JAN, DEC, june)).isTrue();
        assertThat(SlaPolicyRules.inForce(false, JAN, DEC, june)).isFalse();
        assertThat(SlaPolicyRules.inForce(true, june, DEC, JAN)).isFalse();
        assertThat(SlaPolicyRules.inForce(true, JAN, june, DEC)).isFalse();
        assertThat(SlaPolicyRules.inForce(true, JAN, DEC, DEC)).isTrue();
        assertThat(SlaPolicyRules.inForce(true, null, null, june)).isTrue();
    }

    @Test
    void theFirstApplicablePolicyInListOrderWins() {
        record P(String name, boolean inForce, boolean covers, boolean matches) {}
        List<P> list = List.of(
                new P("disabled", false, true, true),
                new P("other queue", true, false, true),
                new P("no match", true, true, false),
                new P("first", true, true, true),
                new P("second", true, true, true));
        assertThat(SlaPolicyRules.firstApplicable(list, P::inForce, P::covers, P::matches))
                .map(P::name)
                .contains("first");
        assertThat(SlaPolicyRules.firstApplicable(list.subList(0, 3), P::inForce, P::covers, P::matches))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "\"Every SLA can have an unlimited number of severity levels\": up to a sane 1000, then the field beyond")
    void aPolicyHoldsFarMoreSeveritiesThanRealUseNeeds() {
        List<SeverityDefinition> many = new ArrayList<>();
        many.add(DEFAULT);
        for (int i = 1; i < SlaPolicyRules.MAX_SEVERITIES; i++) {
            many.add(new SeverityDefinition("Severity " + i, false, 5, null, null, false));
        }
        SlaPolicyRules.check(policy(null, null, QueueScope.ALL, Set.of(), many.toArray(SeverityDefinition[]::new)));
        many.add(new SeverityDefinition("One too many", false, 5, null, null, false));
        refused(
                policy(null, null, QueueScope.ALL, Set.of(), many.toArray(SeverityDefinition[]::new)),
                "severities[1000]");
    }
}
