package io.switchboard.admin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.admin.support.ConditionEditor.ConditionRow;
import io.switchboard.admin.support.ConditionEditor.Option;
import io.switchboard.conditions.AttributeCatalogue;
import io.switchboard.conditions.Condition;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.platform.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionEditorTest {

    private final ConditionEditor editor = new ConditionEditor(
            AttributeCatalogue.standardOnly(),
            List.of(new Option("Sales", "7")),
            List.of(new Option("SMS +385", "3")),
            List.of(new Option("vip", "vip")));

    @Test
    void aLoadedTreeComesBackUnchanged() {
        ConditionGroup tree = ConditionGroup.all(
                        new Condition("conversation.to", "IS", "3"),
                        new Condition("person.birthDate", "BEFORE", "2000-01-31"))
                .withGroups(ConditionGroup.any(new Condition("conversation.channel", "IS", "SMS")));
        editor.load(tree, "policy");
        assertThat(editor.getConditions().get(1).getDate()).isEqualTo(LocalDate.of(2000, 1, 31));
        assertThat(editor.tree()).isEqualTo(tree);
    }

    @Test
    void groupsDeeperThanOneLevelAreRefused() {
        ConditionGroup deep = ConditionGroup.all(new Condition("conversation.to", "IS", "3"))
                .withGroups(ConditionGroup.any(new Condition("conversation.channel", "IS", "SMS"))
                        .withGroups(ConditionGroup.all(new Condition("conversation.channel", "IS", "EMAIL"))));
        assertThatThrownBy(() -> editor.load(deep, "policy"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("this policy nests groups deeper");
    }

    @Test
    void anAttributeOffersItsOperatorsAndAFittingInput() {
        ConditionRow row = editor.getConditions().get(0);
        row.setAttribute("person.birthDate");
        editor.attributeChanged(row);
        assertThat(editor.inputFor(row)).isEqualTo("date");
        row.setOperator("BEFORE");
        row.setAttribute("conversation.to");
        editor.attributeChanged(row);
        assertThat(editor.operatorsFor(row)).extracting(Option::getValue).containsExactly("IS", "IS_NOT");
        assertThat(row.getOperator()).isEqualTo("IS");
        assertThat(editor.inputFor(row)).isEqualTo("select");
        assertThat(editor.valuesFor(row)).extracting(Option::getLabel).containsExactly("SMS +385");
    }

    @Test
    void conditionsAndGroupsAreAddedAndRemoved() {
        editor.addCondition();
        editor.addGroup();
        ConditionEditor.GroupRow group = editor.getGroups().get(0);
        editor.addGroupCondition(group);
        assertThat(group.getConditions()).hasSize(2);
        editor.removeCondition(group, group.getConditions().get(0));
        editor.removeCondition(null, editor.getConditions().get(0));
        assertThat(editor.tree().conditions()).hasSize(1);
        assertThat(editor.tree().groups().get(0).conditions()).hasSize(1);
        editor.removeGroup(group);
        editor.clear();
        assertThat(editor.tree().groups()).isEmpty();
        assertThat(editor.getJoin()).isEqualTo("AND");
    }

    @Test
    void durationsReadAsHoursMinutesAndSeconds() {
        assertThat(Labels.length(Duration.ofMinutes(45))).isEqualTo("45m 00s");
        assertThat(Labels.length(Duration.ofSeconds(3 * 3600 + 65))).isEqualTo("3h 01m 05s");
        assertThat(Labels.length(Duration.ofSeconds(-5))).isEqualTo("00m 00s");
    }

    // Issue 15: "To is Support (+385 100)" not "conversation.to is 2".
    @Test
    void aSummaryNamesAttributesValuesAndJoinsAsASupervisorReadsThem() {
        ConditionEditor named = new ConditionEditor(
                AttributeCatalogue.standardOnly(),
                List.of(new Option("Sales", "7")),
                List.of(new Option("Support (+385 100)", "2")),
                List.of());
        ConditionGroup tree = ConditionGroup.all(
                        new Condition("conversation.to", "IS", "2"), new Condition("person.city", "IS", "Zagreb"))
                .withGroups(ConditionGroup.any(
                        new Condition("conversation.channel", "IS", "WHATSAPP"),
                        new Condition("senderQueues", "IN_LIST", "7, 99")));
        assertThat(named.describe(tree))
                .isEqualTo("To is Support (+385 100) and Person › City is Zagreb and (Channel is WhatsApp or Sender"
                        + " queues in list Sales, a queue that no longer exists)");
        assertThat(named.describe(ConditionGroup.all(new Condition("conversation.to", "IS", "-1"))))
                .isEqualTo("To is a sender that no longer exists");
    }

    @Test
    void theAttributeMenuIsGroupedAsTheGuidesTableAndShowsNoKeys() {
        List<jakarta.faces.model.SelectItem> groups = editor.getAttributeGroups();
        assertThat(groups)
                .extracting(jakarta.faces.model.SelectItem::getLabel)
                .containsExactly(
                        "Conversation", "Person", "Company", "Apple Messages for Business", "Email", "Sender queues");
        assertThat(editor.getAttributeOptions())
                .extracting(Option::getLabel)
                .contains(
                        "Person › City",
                        "Person › Birth date",
                        "Company › VAT number",
                        "Email › CC",
                        "Conversation › To",
                        "Sender queues")
                .noneMatch(label -> label.matches(".*[a-z]\\.[a-z].*"));
    }
}
