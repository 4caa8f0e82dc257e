package io.switchboard.admin.macros;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.Priority;
import io.switchboard.macros.MacroAction;
import io.switchboard.macros.MacroActionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MacrosBeanTest {

    @Test
    void templateRowsJoinIntoOneActionInThePlaceOfTheFirst() {
        MacrosBean bean = new MacrosBean();
        bean.startNew();
        MacrosBean.ActionRow priority = bean.getActions().get(0);
        priority.setType(MacroActionType.SET_PRIORITY);
        priority.setPriority(Priority.URGENT);
        bean.addAction();
        bean.getActions().get(1).setType(MacroActionType.TEMPLATE);
        bean.getActions().get(1).setChannel(Channel.SMS);
        bean.getActions().get(1).setTemplate("Hi!");
        bean.addAction();
        bean.getActions().get(2).setType(MacroActionType.ADD_TAGS);
        bean.getActions().get(2).setTags("vip, escalated ,");
        bean.addAction();
        bean.getActions().get(3).setType(MacroActionType.TEMPLATE);
        bean.getActions().get(3).setChannel(Channel.EMAIL);
        bean.getActions().get(3).setTemplate("Dear customer,");

        List<MacroAction> actions = bean.definedActions();

        assertThat(actions).extracting(MacroAction::type).containsExactly("SET_PRIORITY", "TEMPLATE", "ADD_TAGS");
        assertThat(actions.get(0).priority()).isEqualTo("URGENT");
        assertThat(actions.get(1).templates()).isEqualTo(Map.of("SMS", "Hi!", "EMAIL", "Dear customer,"));
        assertThat(actions.get(2).tags()).containsExactly("vip", "escalated");
    }

    @Test
    void moveUpChangesTheOrderTheActionsRunIn() {
        MacrosBean bean = new MacrosBean();
        bean.startNew();
        bean.addAction();
        bean.getActions().get(1).setType(MacroActionType.SET_PRIORITY);
        bean.moveUp(bean.getActions().get(1));
        assertThat(bean.definedActions()).extracting(MacroAction::type).containsExactly("SET_PRIORITY", "SET_STATUS");
    }

    @Test
    void oneFormFieldsRowHoldsSeveralFieldsAndTheTopicAndRecipientRowsBecomeTheirActions() {
        MacrosBean bean = new MacrosBean();
        bean.startNew();
        MacrosBean.ActionRow fields = bean.getActions().get(0);
        fields.setType(MacroActionType.SET_FORM_FIELDS);
        fields.getFieldValues().get(0).setFieldId(7L);
        fields.getFieldValues().get(0).setValue("123456");
        bean.addFieldValue(fields);
        fields.getFieldValues().get(1).setFieldId(8L);
        fields.getFieldValues().get(1).setValue("fragile");
        bean.addFieldValue(fields);
        bean.addAction();
        bean.getActions().get(1).setType(MacroActionType.SET_TOPIC);
        bean.getActions().get(1).setTopic("Your return");
        bean.addAction();
        bean.getActions().get(2).setType(MacroActionType.FILL_RECIPIENT);
        bean.getActions().get(2).setRecipientChannel(Channel.WHATSAPP);
        bean.getActions().get(2).setSenderId(4L);

        List<MacroAction> actions = bean.definedActions();

        // The empty third pair is left out.
        assertThat(actions.get(0).values()).containsExactly(Map.entry("7", "123456"), Map.entry("8", "fragile"));
        assertThat(actions.get(1).topic()).isEqualTo("Your return");
        assertThat(actions.get(2).channel()).isEqualTo("WHATSAPP");
        assertThat(actions.get(2).senderId()).isEqualTo(4L);

        bean.removeFieldValue(fields, fields.getFieldValues().get(0));
        assertThat(bean.definedActions().get(0).values()).containsOnlyKeys("8");
    }
}
