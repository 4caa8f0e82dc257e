package io.switchboard.admin.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowTrigger;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowWordsTest {

    @Test
    void triggersReadAsLabelsWithTheStatusReached() {
        assertThat(WorkflowWords.triggers(List.of(
                        WorkflowTrigger.statusChangedTo("SOLVED"),
                        WorkflowTrigger.on(TriggerType.INBOUND_MESSAGE_RECEIVED))))
                .isEqualTo("Status changed to Solved or Customer message received");
    }

    /** Guide: time-based triggers wait "More than" days, hours, minutes. */
    @Test
    void timeBasedTriggersReadWithTheirWaitInTheLargestExactUnit() {
        assertThat(WorkflowWords.triggers(List.of(
                        WorkflowTrigger.after(TriggerType.WAITING_FOR, Duration.ofHours(2)),
                        WorkflowTrigger.after(TriggerType.SOLVED_FOR, Duration.ofDays(1)))))
                .isEqualTo("Waiting for 2 hours or Solved for 1 day");
        assertThat(WorkflowWords.wait(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(WorkflowWords.wait(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(WorkflowWords.wait(Duration.ofDays(90))).isEqualTo("90 days");
        assertThat(WorkflowWords.wait(Duration.ofSeconds(10))).isEqualTo("10 seconds");
        assertThat(WorkflowWords.amount(Duration.ofMinutes(1))).isEqualTo(Map.entry(1L, ChronoUnit.MINUTES));
    }

    @Test
    void actionsReadInOrderWithTheirValues() {
        assertThat(WorkflowWords.actions(List.of(
                        WorkflowAction.tags(ActionType.ADD_TAGS, "vip", "refund"),
                        WorkflowAction.set(ActionType.SET_PRIORITY, "URGENT"),
                        WorkflowAction.of(ActionType.CLOSE))))
                .isEqualTo("Add tags: vip, refund, then Set the priority to Urgent, then Close the conversation");
    }

    @Test
    void storedNamesReadAsWordsEvenWhenUnknown() {
        assertThat(WorkflowWords.triggerName("INBOUND_MESSAGE_RECEIVED")).isEqualTo("Customer message received");
        assertThat(WorkflowWords.actionName("SEND_MESSAGE")).isEqualTo("Send a message to the customer");
        assertThat(WorkflowWords.actionName("SOMETHING_NEW")).isEqualTo("Something new");
        assertThat(WorkflowWords.outcome("RAN")).isEqualTo("Ran");
        assertThat(WorkflowWords.outcome("STOPPED")).isEqualTo("Stopped");
    }
}
