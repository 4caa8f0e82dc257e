package io.switchboard.admin.queues;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.queues.AssignmentChoice.Target;
import io.switchboard.queues.AutoAssignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssignmentChoiceTest {

    @ParameterizedTest
    @EnumSource(AutoAssignment.class)
    void everyModeComesBackFromItsTwoAnswers(AutoAssignment mode) {
        assertThat(AssignmentChoice.mode(AssignmentChoice.target(mode), AssignmentChoice.period(mode)))
                .isEqualTo(mode);
    }

    @Test
    void thePeriodCountsOnlyForTheAgentWhoLastInteracted() {
        assertThat(AssignmentChoice.mode(Target.ANY_AVAILABLE_AGENT, AutoAssignment.LAST_AGENT_EVER))
                .isEqualTo(AutoAssignment.ANY_AVAILABLE_AGENT);
        assertThat(AssignmentChoice.mode(Target.NOBODY, AutoAssignment.LAST_AGENT_EVER))
                .isEqualTo(AutoAssignment.OFF);
        assertThat(AssignmentChoice.mode(Target.LAST_AGENT, null)).isEqualTo(AutoAssignment.LAST_AGENT_30_DAYS);
    }

    @Test
    void theGuidesFourPeriodsInItsOrder() {
        // Guide: "In the last 30 days, In the last 60 days, In the last year, Ever".
        assertThat(AssignmentChoice.PERIODS.values())
                .containsExactly("In the last 30 days", "In the last 60 days", "In the last year", "Ever");
    }
}
