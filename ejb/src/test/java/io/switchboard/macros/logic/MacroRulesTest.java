package io.switchboard.macros.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.macros.MacroAction;
import io.switchboard.macros.MacroDefinition;
import io.switchboard.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MacroRulesTest {

    @Test
    void acceptsTheIssuesEscalateExample() {
        assertThatCode(() -> MacroRules.check(macro(MacroAction.priority("HIGH"), MacroAction.tagging("escalated"))))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsEveryActionType() {
        assertThatCode(() -> MacroRules.check(macro(
                        MacroAction.form(3L),
                        MacroAction.formFields(Map.of("7", "123456")),
                        MacroAction.status("SOLVED"),
                        MacroAction.template(Map.of("EMAIL", "Dear customer,")),
                        MacroAction.agent(4L),
                        MacroAction.queue(2L),
                        MacroAction.topic("Your return"),
                        MacroAction.recipient("WHATSAPP", 9L))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAMissingName() {
        assertField(new MacroDefinition(" ", null, "ALL", null, null, List.of(MacroAction.priority("LOW"))), "name");
    }

    @Test
    void selectedQueuesNeedAtLeastOneQueueAndAllNeedsNone() {
        assertField(
                new MacroDefinition("M", null, "QUEUES", List.of(), null, List.of(MacroAction.priority("LOW"))),
                "queueIds");
        assertField(
                new MacroDefinition("M", null, "ALL", List.of(5L), null, List.of(MacroAction.priority("LOW"))),
                "queueIds");
        assertField(
                new MacroDefinition("M", null, "SOME", null, null, List.of(MacroAction.priority("LOW"))),
                "availability");
        assertField(
                new MacroDefinition(
                        "M", null, "QUEUES", Arrays.asList(5L, null), null, List.of(MacroAction.priority("LOW"))),
                "queueIds[1]");
    }

    @Test
    void needsAnAction() {
        assertField(new MacroDefinition("M", null, "ALL", null, null, List.of()), "actions");
    }

    @Test
    void namesTheFaultyActionField() {
        assertField(macro(MacroAction.priority("LOW"), MacroAction.status("DONE")), "actions[1].status");
        assertField(macro(MacroAction.priority("SOON")), "actions[0].priority");
        assertField(
                macro(new MacroAction("SEND", null, null, null, null, null, null, null, null, null, null, null)),
                "actions[0].type");
        assertField(macro(MacroAction.form(null)), "actions[0].formId");
        assertField(macro(MacroAction.formFields(Map.of("seven", "x"))), "actions[0].values.seven");
        assertField(macro(MacroAction.template(Map.of("FAX", "Hello"))), "actions[0].templates.FAX");
        assertField(macro(MacroAction.template(Map.of("SMS", " "))), "actions[0].templates.SMS");
        assertField(macro(MacroAction.tagging()), "actions[0].tags");
        assertField(macro(MacroAction.agent(null)), "actions[0].agentId");
        assertField(macro(MacroAction.queue(0L)), "actions[0].queueId");
        assertField(
                macro(new MacroAction(
                        "SET_PRIORITY", "OPEN", "LOW", null, null, null, null, null, null, null, null, null)),
                "actions[0].status");
    }

    @Test
    void theTopicIsRequiredAndAtMostAnEmailSubjectLong() {
        assertField(macro(MacroAction.topic(" ")), "actions[0].topic");
        assertField(macro(MacroAction.topic(null)), "actions[0].topic");
        assertField(macro(MacroAction.topic("x".repeat(999))), "actions[0].topic");
        assertThatCode(() -> MacroRules.check(macro(MacroAction.topic("x".repeat(998)))))
                .doesNotThrowAnyException();
        assertField(
                macro(new MacroAction(
                        "SET_PRIORITY", null, "LOW", null, null, null, null, null, null, "Hi", null, null)),
                "actions[0].topic");
    }

    @Test
    void theRecipientFieldIsFilledOnlyForSmsViberWhatsAppAndEmail() {
        // The guide: "only supported for SMS, Viber Business Messages, WhatsApp, and Email channel".
        for (String channel : List.of("SMS", "VIBER", "WHATSAPP", "EMAIL")) {
            assertThatCode(() -> MacroRules.check(macro(MacroAction.recipient(channel, 3L))))
                    .doesNotThrowAnyException();
        }
        for (String channel : List.of("LIVE_CHAT", "TELEGRAM", "VOICE", "FAX")) {
            assertField(macro(MacroAction.recipient(channel, 3L)), "actions[0].channel");
        }
        assertField(macro(MacroAction.recipient(null, 3L)), "actions[0].channel");
        assertField(macro(MacroAction.recipient("SMS", null)), "actions[0].senderId");
        assertField(macro(MacroAction.priority("LOW"), MacroAction.recipient("SMS", -1L)), "actions[1].senderId");
        assertField(macro(MacroAction.recipient("SMS", 3L), MacroAction.recipient("EMAIL", 4L)), "actions[1].type");
        assertField(
                macro(new MacroAction("SET_TOPIC", null, null, null, null, null, null, null, null, "Hi", "SMS", null)),
                "actions[0].channel");
    }

    @Test
    void theStatusIsActiveOrInactive() {
        List<MacroAction> one = List.of(MacroAction.priority("LOW"));
        assertThatCode(() -> MacroRules.check(new MacroDefinition("M", null, "ALL", null, null, one, "INACTIVE")))
                .doesNotThrowAnyException();
        assertThat(new MacroDefinition("M", null, "ALL", null, null, one).status())
                .isEqualTo("ACTIVE");
        assertField(new MacroDefinition("M", null, "ALL", null, null, one, "PAUSED"), "status");
        assertField(new MacroDefinition("M", null, "ALL", null, null, one, null), "status");
    }

    @Test
    void oneTemplateActionHoldsEveryChannel() {
        assertField(
                macro(MacroAction.template(Map.of("SMS", "Hi")), MacroAction.template(Map.of("EMAIL", "Dear"))),
                "actions[1].type");
    }

    @Test
    void refusesMoreThanThirtyActions() {
        List<MacroAction> many = new ArrayList<>();
        for (int i = 0; i <= MacroRules.MAX_ACTIONS; i++) {
            many.add(MacroAction.priority("LOW"));
        }
        assertField(new MacroDefinition("M", null, "ALL", null, null, many), "actions");
    }

    private static MacroDefinition macro(MacroAction... actions) {
        return new MacroDefinition("Escalate", null, "ALL", null, null, Arrays.asList(actions));
    }

    private static void assertField(MacroDefinition macro, String field) {
        assertThatThrownBy(() -> MacroRules.check(macro))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> assertThat(((InvalidInputException) e).getField()).isEqualTo(field));
    }
}
