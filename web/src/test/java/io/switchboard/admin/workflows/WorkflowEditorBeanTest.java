package io.switchboard.admin.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowTrigger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's rows as the engine receives them, without a container. */
class WorkflowEditorBeanTest {

    @Test
    void eachActionTypeSendsTheFieldsItReads() {
        WorkflowEditorBean.ActionRow row = new WorkflowEditorBean.ActionRow();
        row.setText("hello");
        row.setTags(List.of("vip"));
        assertThat(row.action()).isEqualTo(WorkflowAction.sendMessage("hello"));
        row.setType(ActionType.ADD_TAGS.name());
        assertThat(row.action().tags()).containsExactly("vip");
        assertThat(row.action().text()).isNull();
        row.setType(ActionType.SET_PRIORITY.name());
        row.setPriority("URGENT");
        assertThat(row.action()).isEqualTo(WorkflowAction.set(ActionType.SET_PRIORITY, "URGENT"));
        row.setType(ActionType.SET_STATUS.name());
        assertThat(row.action()).isEqualTo(WorkflowAction.set(ActionType.SET_STATUS, "SOLVED"));
        row.setType(null);
        assertThat(row.action().type()).isNull();
    }

    @Test
    void onlyAStatusChangeKeepsItsStatus() {
        WorkflowEditorBean.TriggerRow row = new WorkflowEditorBean.TriggerRow();
        row.setTo("SOLVED");
        assertThat(row.trigger().type()).isEqualTo(TriggerType.INBOUND_MESSAGE_RECEIVED);
        assertThat(row.trigger().toStatus()).isNull();
        row.setType(TriggerType.STATUS_CHANGED.name());
        assertThat(row.trigger().toStatus()).isEqualTo("SOLVED");
    }

    @Test
    void aTimeBasedTriggerSendsItsWaitAndReadsItBackInWords() {
        WorkflowEditorBean.TriggerRow row = new WorkflowEditorBean.TriggerRow();
        row.setAfterAmount(3L);
        assertThat(row.isTimeBased()).isFalse();
        assertThat(row.trigger().after()).isNull();
        row.setType(TriggerType.SOLVED_UNMODIFIED_FOR.name());
        assertThat(row.isTimeBased()).isTrue();
        assertThat(row.trigger())
                .isEqualTo(WorkflowTrigger.after(TriggerType.SOLVED_UNMODIFIED_FOR, Duration.ofHours(3)));
        row.setAfterUnit("DAYS");
        assertThat(row.trigger().after()).isEqualTo(Duration.ofDays(3));
        row.setAfterAmount(null);
        assertThat(row.trigger().after()).isNull();

        WorkflowEditorBean.TriggerRow read = WorkflowEditorBean.TriggerRow.of(
                WorkflowTrigger.after(TriggerType.WAITING_FOR, Duration.ofMinutes(45)));
        assertThat(read.getAfterAmount()).isEqualTo(45L);
        assertThat(read.getAfterUnit()).isEqualTo("MINUTES");
        assertThat(read.trigger()).isEqualTo(WorkflowTrigger.after(TriggerType.WAITING_FOR, Duration.ofMinutes(45)));
    }

    @Test
    void thePickerAppendsThePlaceholderAndClearsItself() {
        WorkflowEditorBean editor = new WorkflowEditorBean();
        WorkflowEditorBean.ActionRow row = new WorkflowEditorBean.ActionRow();
        row.setText("Hi");
        row.setPlaceholder("customer.firstName");
        editor.insertPlaceholder(row);
        assertThat(row.getText()).isEqualTo("Hi {{customer.firstName}}");
        assertThat(row.getPlaceholder()).isNull();
        row.setText(null);
        row.setPlaceholder("conversation.shortId");
        editor.insertPlaceholder(row);
        assertThat(row.getText()).isEqualTo("{{conversation.shortId}}");
    }

    @Test
    void actionsMoveOnePlaceAndStopAtTheEnds() {
        WorkflowEditorBean editor = new WorkflowEditorBean();
        editor.addAction();
        editor.addAction();
        WorkflowEditorBean.ActionRow first = editor.getActions().get(0);
        WorkflowEditorBean.ActionRow second = editor.getActions().get(1);
        editor.moveActionUp(first);
        assertThat(editor.getActions()).containsExactly(first, second);
        editor.moveActionDown(first);
        assertThat(editor.getActions()).containsExactly(second, first);
        editor.moveActionDown(first);
        assertThat(editor.getActions()).containsExactly(second, first);
        editor.removeAction(second);
        assertThat(editor.getActions()).containsExactly(first);
    }

    @Test
    void aCallSendsItsRequestAndHeadersOneALine() {
        WorkflowEditorBean.ActionRow row = new WorkflowEditorBean.ActionRow();
        row.setType(ActionType.CALL_API.name());
        row.setMethod("PUT");
        row.setUrl("https://api.example/p/{{conversation.shortId}}");
        row.setHeaders("X-Api-Key: k1\n\nX-Note: a: b");
        row.setBody("{\"a\": 1}");
        WorkflowAction action = row.action(2);
        assertThat(action.method()).isEqualTo("PUT");
        assertThat(action.contentType()).isEqualTo("JSON");
        assertThat(action.text()).isEqualTo("{\"a\": 1}");
        assertThat(action.headers()).containsEntry("X-Api-Key", "k1").containsEntry("X-Note", "a: b");
        assertThat(WorkflowEditorBean.ActionRow.of(action).getHeaders()).contains("X-Api-Key: k1");
        row.setBody(" ");
        assertThat(row.action(2).contentType()).isNull();
        assertThat(row.action(2).text()).isNull();
        row.setHeaders("no colon here");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> row.action(2))
                .isInstanceOf(io.switchboard.platform.InvalidInputException.class)
                .hasMessageStartingWith("actions[2].headers");
    }

    @Test
    void slackAndFormFieldRowsKeepWhatTheyRead() {
        WorkflowEditorBean.ActionRow slack = new WorkflowEditorBean.ActionRow();
        slack.setType(ActionType.SLACK_MESSAGE.name());
        slack.setUrl("https://hooks.slack.example/T");
        slack.setText("New: {{message.content}}");
        assertThat(slack.action().url()).isEqualTo("https://hooks.slack.example/T");
        assertThat(slack.action().text()).isEqualTo("New: {{message.content}}");

        WorkflowAction twoFields =
                WorkflowAction.of(ActionType.POPULATE_FORM_FIELDS).withFields(java.util.Map.of("7", "a", "8", "b"));
        WorkflowEditorBean.ActionRow form = WorkflowEditorBean.ActionRow.of(twoFields);
        form.setFormValue("changed");
        assertThat(form.action().fields()).hasSize(2).containsEntry(form.getFormField(), "changed");
    }
}
