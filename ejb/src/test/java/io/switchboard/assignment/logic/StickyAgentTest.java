package io.switchboard.assignment.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.assignment.logic.StickyAgent.Interaction;
import io.switchboard.queues.AutoAssignment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StickyAgentTest {

    private static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void choosesTheAgentWhoLastInteractedWithinThePeriod() {
        List<Interaction> interactions = List.of(new Interaction(1, daysAgo(20)), new Interaction(2, daysAgo(5)));
        assertThat(StickyAgent.choose(AutoAssignment.LAST_AGENT_30_DAYS, NOW, interactions, Set.of(1L, 2L)))
                .contains(2L);
    }

    @Test
    void ignoresInteractionsOlderThanThePeriod() {
        List<Interaction> interactions = List.of(new Interaction(1, daysAgo(31)));
        assertThat(StickyAgent.choose(AutoAssignment.LAST_AGENT_30_DAYS, NOW, interactions, Set.of(1L)))
                .isEmpty();
        assertThat(StickyAgent.choose(AutoAssignment.LAST_AGENT_60_DAYS, NOW, interactions, Set.of(1L)))
                .contains(1L);
    }

    @Test
    void aYearIsACalendarYearAndEverIsEver() {
        List<Interaction> lastYear = List.of(new Interaction(1, Instant.parse("2024-06-30T12:00:00Z")));
        assertThat(StickyAgent.choose(AutoAssignment.LAST_AGENT_1_YEAR, NOW, lastYear, Set.of(1L)))
                .contains(1L);
        List<Interaction> longAgo = List.of(new Interaction(1, Instant.parse("2001-01-01T00:00:00Z")));
        assertThat(StickyAgent.choose(AutoAssignment.LAST_AGENT_1_YEAR, NOW, longAgo, Set.of(1L)))
                .isEmpty();
        assertThat(StickyAgent.choose(AutoAssignment.LAST_AGENT_EVER, NOW, longAgo, Set.of(1L)))
                .contains(1L);
    }

    @Test
    void fallsBackWhenTheLastAgentCannotTakeItRatherThanPickingAnEarlierOne() {
        List<Interaction> interactions = List.of(new Interaction(1, daysAgo(20)), new Interaction(2, daysAgo(5)));
        assertThat(StickyAgent.choose(AutoAssignment.LAST_AGENT_EVER, NOW, interactions, Set.of(1L)))
                .isEmpty();
    }

    @Test
    void anyAvailableAgentAndOffHaveNoStickyAgent() {
        List<Interaction> interactions = List.of(new Interaction(1, daysAgo(1)));
        assertThat(StickyAgent.choose(AutoAssignment.ANY_AVAILABLE_AGENT, NOW, interactions, Set.of(1L)))
                .isEmpty();
        assertThat(StickyAgent.choose(AutoAssignment.OFF, NOW, interactions, Set.of(1L)))
                .isEmpty();
        assertThat(StickyAgent.assigns(AutoAssignment.OFF)).isFalse();
        assertThat(StickyAgent.assigns(AutoAssignment.ANY_AVAILABLE_AGENT)).isTrue();
    }

    @Test
    void noInteractionsNoStickyAgent() {
        assertThat(StickyAgent.choose(AutoAssignment.LAST_AGENT_EVER, NOW, List.of(), Set.of(1L)))
                .isEmpty();
    }

    @Test
    void theSameInstantGoesToTheHigherAgentIdDeterministically() {
        List<Interaction> interactions = List.of(new Interaction(4, daysAgo(1)), new Interaction(9, daysAgo(1)));
        assertThat(StickyAgent.choose(AutoAssignment.LAST_AGENT_EVER, NOW, interactions, Set.of(4L, 9L)))
                .contains(9L);
    }

    @Test
    void everyModeNamedInTheValidationPattern() {
        for (AutoAssignment mode : AutoAssignment.values()) {
            assertThat(mode.name()).matches(AutoAssignment.NAMES);
        }
    }
}
