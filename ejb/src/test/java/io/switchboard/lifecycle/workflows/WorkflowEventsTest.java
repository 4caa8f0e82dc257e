package io.switchboard.lifecycle.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.ConversationChanged.Change;
import io.switchboard.conversations.ConversationChanged.Kind;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowTrigger;
import io.switchboard.workflows.logic.WorkflowEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowEventsTest {

    @Test
    void anotherFormIsFormChangedAndNewValuesAreFormFieldUpdated() {
        // Guide: "Conversation form changed ... when an agent changes the conversation form or if the change happens
        // automatically"; "Form field updated ... when any form value has been updated in a certain conversation."
        assertThat(WorkflowEvents.event(Change.of(Kind.FORM)).type()).isEqualTo(TriggerType.FORM_CHANGED);
        assertThat(WorkflowEvents.event(Change.of(Kind.FORM_VALUES)).type()).isEqualTo(TriggerType.FORM_FIELD_UPDATED);
    }

    @Test
    void aMessageOverAnotherChannelIsAChannelChangeWithItsTwoEnds() {
        // Guide: "Conversation channel changed ... when the first message over the second channel in the same
        // conversation is sent."
        WorkflowEvent event = WorkflowEvents.event(new Change(Kind.CHANNEL, "SMS", "WHATSAPP"));
        assertThat(event.type()).isEqualTo(TriggerType.CHANNEL_CHANGED);
        assertThat(event.fromChannel()).isEqualTo("SMS");
        assertThat(event.toChannel()).isEqualTo("WHATSAPP");
        assertThat(event.fires(channelChange(null, null))).isTrue();
        assertThat(event.fires(channelChange("SMS", null))).isTrue();
        assertThat(event.fires(channelChange(null, "WHATSAPP"))).isTrue();
        assertThat(event.fires(channelChange("SMS", "WHATSAPP"))).isTrue();
        assertThat(event.fires(channelChange("EMAIL", null))).isFalse();
        assertThat(event.fires(channelChange(null, "SMS"))).isFalse();
        assertThat(event.fires(WorkflowTrigger.on(TriggerType.FORM_CHANGED))).isFalse();
    }

    @Test
    void anotherCustomerLinkedIsCustomerChanged() {
        // Guide: "Conversation customer changed ... Triggers a workflow when an agent unlinks a customer from the
        // conversation."
        assertThat(WorkflowEvents.event(new Change(Kind.CUSTOMER, "7", "8")).type())
                .isEqualTo(TriggerType.CUSTOMER_CHANGED);
        // The same customer again is no change (loop protection: no-op changes raise no events).
        assertThat(WorkflowEvents.event(new Change(Kind.CUSTOMER, "7", "7"))).isNull();
    }

    @Test
    void aChangeThatChangesNothingIsNoEvent() {
        // Loop protection: no-op changes raise no events.
        assertThat(WorkflowEvents.event(new Change(Kind.CHANNEL, "SMS", "SMS"))).isNull();
        assertThat(WorkflowEvents.event(new Change(Kind.STATUS, "OPEN", "OPEN")))
                .isNull();
        assertThat(WorkflowEvents.event(Change.of(Kind.METADATA))).isNull();
        assertThat(WorkflowEvents.event(Change.of(Kind.ASSIGNEE))).isNull();
    }

    @Test
    void theOtherEventTriggersStayAsTheyWere() {
        assertThat(WorkflowEvents.event(Change.of(Kind.QUEUE)).type()).isEqualTo(TriggerType.QUEUE_CHANGED);
        assertThat(WorkflowEvents.event(Change.of(Kind.TAGS)).type()).isEqualTo(TriggerType.TAG_CHANGED);
        assertThat(WorkflowEvents.event(Change.of(Kind.NOTE)).type()).isEqualTo(TriggerType.NOTE_CREATED);
        assertThat(WorkflowEvents.event(new Change(Kind.MESSAGE_SENT, "AGENT", "SMS"))
                        .type())
                .isEqualTo(TriggerType.AGENT_MESSAGE_SENT);
        assertThat(WorkflowEvents.event(new Change(Kind.MESSAGE_SENT, "AUTOMATION", "SMS")))
                .isNull();
        assertThat(WorkflowEvents.event(new Change(Kind.STATUS, "OPEN", "SOLVED"))
                        .toStatus())
                .isEqualTo("SOLVED");
    }

    private static WorkflowTrigger channelChange(String from, String to) {
        return new WorkflowTrigger(TriggerType.CHANNEL_CHANGED, null, null, from, to, Set.of());
    }
}
