package io.switchboard.lifecycle.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.CompiledWorkflow;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowTrigger;
import io.switchboard.workflows.logic.TimedTriggers.Trigger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkflowClocksTest {

    @Test
    void aDeadlinePayloadNamesTheArmedTriggerAndReadsBack() {
        Trigger trigger = new Trigger(42, TriggerType.SOLVED_UNMODIFIED_FOR, Duration.ofDays(3));
        assertThat(WorkflowClocks.payload(trigger)).isEqualTo("SOLVED_UNMODIFIED_FOR 42 PT72H");
        assertThat(WorkflowClocks.trigger(WorkflowClocks.payload(trigger))).contains(trigger);
    }

    @Test
    void aPayloadThatNoLongerReadsAsATriggerIsIgnored() {
        assertThat(WorkflowClocks.trigger(null)).isEqualTo(Optional.empty());
        assertThat(WorkflowClocks.trigger("WAITING_FOR 7")).isEmpty();
        assertThat(WorkflowClocks.trigger("SOMETHING_OLD 7 PT1H")).isEmpty();
        assertThat(WorkflowClocks.trigger("WAITING_FOR x PT1H")).isEmpty();
        assertThat(WorkflowClocks.trigger("WAITING_FOR 7 soon")).isEmpty();
    }

    @Test
    void onlyEnabledWorkflowsArmTheirTimeBasedTriggers() {
        List<WorkflowAction> close = List.of(WorkflowAction.of(ActionType.CLOSE));
        CompiledWorkflow enabled = new CompiledWorkflow(
                1,
                "Reminder",
                true,
                List.of(
                        WorkflowTrigger.on(TriggerType.NOTE_CREATED),
                        WorkflowTrigger.after(TriggerType.CUSTOMER_REPLY_PENDING, Duration.ofHours(1))),
                null,
                close);
        CompiledWorkflow disabled = new CompiledWorkflow(
                2,
                "Off",
                false,
                List.of(WorkflowTrigger.after(TriggerType.WAITING_FOR, Duration.ofHours(1))),
                null,
                close);
        assertThat(WorkflowClocks.timeTriggers(List.of(enabled, disabled)))
                .containsExactly(new Trigger(1, TriggerType.CUSTOMER_REPLY_PENDING, Duration.ofHours(1)));
    }
}
