package io.switchboard.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.channels.Channel;
import io.switchboard.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The guide's workflow conditions that only workflows test, in the shared condition language. */
class WorkflowConditionsTest {

    private static final AttributeCatalogue ROUTING = AttributeCatalogue.standardOnly();
    private static final AttributeCatalogue WORKFLOWS =
            ROUTING.forWorkflows(Map.of(31L, "Order number", 32L, "Reason"));
    private static final Vocabulary VOCABULARY =
            new Vocabulary(Set.of(123L, 124L), Set.of(7L, 8L), Set.of("vip")).withForms(Set.of(5L, 6L));

    /** An open inbound conversation in queue 7 with form 5, assigned to a busy agent over support@acme.com. */
    private static WorkflowFacts conversation() {
        return new WorkflowFacts(
                7L,
                "INBOUND",
                "OPEN",
                5L,
                true,
                new BigDecimal("6.5"),
                true,
                "BUSY",
                "support@acme.com",
                Map.of(31L, "A-100"),
                Set.of(Channel.WHATSAPP));
    }

    private static boolean holds(String attribute, Operator operator, String value, WorkflowFacts workflow) {
        return holds(attribute, operator, value, f -> f, workflow);
    }

    private static boolean holds(
            String attribute, Operator operator, String value, UnaryOperator<TestFacts> facts, WorkflowFacts workflow) {
        ConditionGroup group = ConditionGroup.all(new Condition(attribute, operator.name(), value));
        Conditions.check(group, "conditions", WORKFLOWS, VOCABULARY);
        RuleSet<Long> set = RuleSet.compile(List.of(new Rule<>(1, "Workflow", group, 1L)), WORKFLOWS);
        return set.first(facts.apply(new TestFacts()).build().withWorkflow(workflow), 1)
                .matched();
    }

    private static WorkflowFacts with(
            Long queue,
            String direction,
            String status,
            Long form,
            Boolean first,
            String hours,
            boolean assigned,
            String agentStatus,
            String sender) {
        return new WorkflowFacts(
                queue,
                direction,
                status,
                form,
                first,
                hours == null ? null : new BigDecimal(hours),
                assigned,
                agentStatus,
                sender,
                Map.of(),
                Set.of());
    }

    @Test
    void routingNeitherOffersNorAcceptsTheWorkflowOnlyAttributes() {
        List<String> workflowOnly = List.of(
                "conversation.queue",
                "conversation.channels",
                "conversation.direction",
                "conversation.status",
                "conversation.form",
                "conversation.firstMessage",
                "conversation.hoursSinceAssigneeUpdated",
                "agent.assigned",
                "agent.status",
                "agent.contact",
                "agent.domain",
                "agent.emailAddress",
                "form.field.31");
        for (String key : workflowOnly) {
            assertThat(ROUTING.find(key)).as(key).isEmpty();
            assertThat(WORKFLOWS.find(key)).as(key).isPresent();
            assertThat(WORKFLOWS.find(key).orElseThrow().workflowOnly()).as(key).isTrue();
        }
        assertThat(ROUTING.all()).noneMatch(Attribute::workflowOnly);
        assertThat(WORKFLOWS.all()).extracting(Attribute::key).containsAll(workflowOnly);
        // Every routing attribute stays a workflow attribute: one language.
        assertThat(WORKFLOWS.all()).containsAll(ROUTING.all());
        assertThatThrownBy(() -> Conditions.check(
                        ConditionGroup.all(new Condition("conversation.status", "IN_LIST", "OPEN")),
                        "conditions",
                        ROUTING,
                        VOCABULARY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown attribute");
    }

    @Test
    void formFieldsAreKnownByIdWithTheirNames() {
        assertThat(WORKFLOWS.find("form.field.31").orElseThrow().label()).isEqualTo("Order number");
        assertThat(WORKFLOWS.find("form.field.99")).isEmpty();
        assertThat(WORKFLOWS.find("form.field.x")).isEmpty();
        assertThat(WORKFLOWS.all().stream().filter(a -> a.key().startsWith("form.field.")))
                .extracting(Attribute::key)
                .containsExactly("form.field.31", "form.field.32");
    }

    @Test
    void queueIsTheConversationsQueue() {
        // Guide: "If you use the 'Conversation queue changed' trigger, the condition refers to the destination queue."
        assertThat(holds("conversation.queue", Operator.IN_LIST, "7", conversation()))
                .isTrue();
        assertThat(holds("conversation.queue", Operator.IN_LIST, "8", conversation()))
                .isFalse();
        assertThat(holds("conversation.queue", Operator.NOT_IN_LIST, "8", conversation()))
                .isTrue();
        assertThat(holds("conversation.queue", Operator.NOT_IN_LIST, "7", conversation()))
                .isFalse();
    }

    @Test
    void channelsUsedHoldMultichannelFromTheSecondChannelOn() {
        // Guide: "At least 2 channels need to be used in order for the 'Multichannel' condition to be fulfilled."
        assertThat(holds("conversation.channels", Operator.IS, "WHATSAPP", conversation()))
                .isTrue();
        assertThat(holds("conversation.channels", Operator.IS, "multichannel", conversation()))
                .isFalse();
        assertThat(holds("conversation.channels", Operator.IS_NOT, "MULTICHANNEL", conversation()))
                .isTrue();
        assertThat(holds("conversation.channels", Operator.IN_LIST, "SMS", conversation()))
                .isFalse();
        assertThat(holds("conversation.channels", Operator.NOT_IN_LIST, "SMS", conversation()))
                .isTrue();
        WorkflowFacts two = new WorkflowFacts(
                7L,
                "INBOUND",
                "OPEN",
                null,
                null,
                null,
                false,
                null,
                null,
                Map.of(),
                Set.of(Channel.SMS, Channel.EMAIL));
        assertThat(holds("conversation.channels", Operator.IS, "MULTICHANNEL", two))
                .isTrue();
        assertThat(holds("conversation.channels", Operator.IN_LIST, "EMAIL", two))
                .isTrue();
        assertThat(holds("conversation.channels", Operator.IS_NOT, "SMS", two)).isFalse();
        assertThat(problem("conversation.channels", "IS", "PIGEON")).contains("MULTICHANNEL or one of");
    }

    @Test
    void directionTellsWhoStartedTheConversation() {
        // Guide: "Inbound conversations are the ones initiated by a customer, and outbound ones by an agent."
        assertThat(holds("conversation.direction", Operator.IS, "INBOUND", conversation()))
                .isTrue();
        assertThat(holds("conversation.direction", Operator.IS, "outbound", conversation()))
                .isFalse();
        WorkflowFacts outbound = with(7L, "OUTBOUND", "OPEN", null, null, null, false, null, null);
        assertThat(holds("conversation.direction", Operator.IS, "OUTBOUND", outbound))
                .isTrue();
    }

    @Test
    void statusIsInOrNotInTheList() {
        assertThat(holds("conversation.status", Operator.IN_LIST, "OPEN", conversation()))
                .isTrue();
        assertThat(holds("conversation.status", Operator.IN_LIST, "SOLVED", conversation()))
                .isFalse();
        assertThat(holds("conversation.status", Operator.NOT_IN_LIST, "SOLVED", conversation()))
                .isTrue();
    }

    @Test
    void formIsTheFormThatApplies() {
        assertThat(holds("conversation.form", Operator.IN_LIST, "5", conversation()))
                .isTrue();
        assertThat(holds("conversation.form", Operator.IN_LIST, "6", conversation()))
                .isFalse();
        assertThat(holds("conversation.form", Operator.NOT_IN_LIST, "6", conversation()))
                .isTrue();
        WorkflowFacts noForm = with(7L, "INBOUND", "OPEN", null, null, null, false, null, null);
        assertThat(holds("conversation.form", Operator.IN_LIST, "5", noForm)).isFalse();
        assertThat(holds("conversation.form", Operator.NOT_IN_LIST, "5", noForm))
                .isTrue();
    }

    @Test
    void firstMessageHoldsOnlyForTheFirstMessageOfAMessageTrigger() {
        // Guide: "If a message is the first message sent in the conversation ... Only works for the following
        // triggers: Outbound agent message is sent, Inbound message received".
        assertThat(holds("conversation.firstMessage", Operator.IS, "true", conversation()))
                .isTrue();
        WorkflowFacts later = with(7L, "INBOUND", "OPEN", null, false, null, false, null, null);
        assertThat(holds("conversation.firstMessage", Operator.IS, "true", later))
                .isFalse();
        assertThat(holds("conversation.firstMessage", Operator.IS, "false", later))
                .isTrue();
        WorkflowFacts noMessage = with(7L, "INBOUND", "OPEN", null, null, null, false, null, null);
        assertThat(holds("conversation.firstMessage", Operator.IS, "true", noMessage))
                .isFalse();
        assertThat(holds("conversation.firstMessage", Operator.IS, "false", noMessage))
                .isFalse();
    }

    @Test
    void hoursSinceAssigneeUpdatedIsGreaterThan() {
        // Guide: "Hours since assignee updated: Greater than 6, 12".
        assertThat(holds("conversation.hoursSinceAssigneeUpdated", Operator.GREATER_THAN, "6", conversation()))
                .isTrue();
        assertThat(holds("conversation.hoursSinceAssigneeUpdated", Operator.GREATER_THAN, "12", conversation()))
                .isFalse();
        WorkflowFacts exactlySix = with(7L, "INBOUND", "OPEN", null, null, "6.0", true, null, null);
        assertThat(holds("conversation.hoursSinceAssigneeUpdated", Operator.GREATER_THAN, "6", exactlySix))
                .isFalse();
        WorkflowFacts never = with(7L, "INBOUND", "OPEN", null, null, null, true, null, null);
        assertThat(holds("conversation.hoursSinceAssigneeUpdated", Operator.GREATER_THAN, "0", never))
                .isFalse();
        assertThatThrownBy(() -> holds("conversation.hoursSinceAssigneeUpdated", Operator.IS, "6", conversation()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("allowed: GREATER_THAN");
    }

    @Test
    void agentIsAssignedOrUnassigned() {
        assertThat(holds("agent.assigned", Operator.IS, "ASSIGNED", conversation()))
                .isTrue();
        assertThat(holds("agent.assigned", Operator.IS, "UNASSIGNED", conversation()))
                .isFalse();
        WorkflowFacts nobody = with(7L, "INBOUND", "OPEN", null, null, null, false, null, null);
        assertThat(holds("agent.assigned", Operator.IS, "UNASSIGNED", nobody)).isTrue();
    }

    @Test
    void agentStatusIsTheAssigneesStatusGroup() {
        // Guide: "If the agent currently assigned to the conversation is/is not marked with any of the statuses".
        assertThat(holds("agent.status", Operator.IN_LIST, "BUSY", conversation()))
                .isTrue();
        assertThat(holds("agent.status", Operator.IN_LIST, "AVAILABLE", conversation()))
                .isFalse();
        assertThat(holds("agent.status", Operator.NOT_IN_LIST, "AWAY", conversation()))
                .isTrue();
        WorkflowFacts nobody = with(7L, "INBOUND", "OPEN", null, null, null, false, null, null);
        assertThat(holds("agent.status", Operator.IN_LIST, "BUSY", nobody)).isFalse();
    }

    @Test
    void agentContactIsTheConversationsSender() {
        assertThat(holds("agent.contact", Operator.IN_LIST, "123", conversation()))
                .isTrue();
        assertThat(holds("agent.contact", Operator.IN_LIST, "124", conversation()))
                .isFalse();
    }

    @Test
    void agentDomainIsTheDomainOfTheSendersEmailAddress() {
        assertThat(holds("agent.domain", Operator.IN_LIST, "ACME.com", conversation()))
                .isTrue();
        assertThat(holds("agent.domain", Operator.NOT_IN_LIST, "other.org", conversation()))
                .isTrue();
        assertThat(holds("agent.domain", Operator.IN_LIST, "other.org", conversation()))
                .isFalse();
        WorkflowFacts phone = with(7L, "INBOUND", "OPEN", null, null, null, true, null, "+385100");
        assertThat(holds("agent.domain", Operator.IN_LIST, "acme.com", phone)).isFalse();
        assertThat(new WorkflowFacts(null, null, null, null, null, null, false, null, "broken@", Map.of(), null)
                        .senderDomain())
                .isNull();
    }

    @Test
    void agentEmailAddressIsTheSenderAnEmailWasWrittenTo() {
        // Guide: "If the email sent by a customer is sent to an agent address selected from the drop-down."
        assertThat(holds(
                        "agent.emailAddress",
                        Operator.IN_LIST,
                        "123",
                        f -> f.with(t -> t.channel = Channel.EMAIL),
                        conversation()))
                .isTrue();
        assertThat(holds("agent.emailAddress", Operator.IN_LIST, "123", f -> f, conversation()))
                .isFalse();
    }

    @Test
    void formFieldInputIsOrIsNotAValue() {
        // Guide: "trigger the workflow based on a specific value updated in a specific form field".
        assertThat(holds("form.field.31", Operator.IS, "a-100", conversation())).isTrue();
        assertThat(holds("form.field.31", Operator.IS, "A-101", conversation())).isFalse();
        assertThat(holds("form.field.31", Operator.IS_NOT, "A-101", conversation()))
                .isTrue();
        assertThat(holds("form.field.32", Operator.IS, "late", conversation())).isFalse();
        assertThat(holds("form.field.32", Operator.IS_NOT, "late", conversation()))
                .isTrue();
    }

    @Test
    void withoutWhatOnlyWorkflowsKnowNoWorkflowConditionHolds() {
        assertThat(holds("conversation.status", Operator.IN_LIST, "OPEN", null)).isFalse();
        assertThat(holds("agent.assigned", Operator.IS, "UNASSIGNED", null)).isFalse();
        assertThat(holds("form.field.31", Operator.IS, "A-100", null)).isFalse();
    }

    @Test
    void valuesAreCheckedAgainstTheirChoicesAndWhatExists() {
        assertThat(problem("conversation.status", "IN_LIST", "CLOSED")).contains("OPEN, WAITING, SOLVED");
        assertThat(problem("conversation.direction", "IS", "sideways")).contains("INBOUND, OUTBOUND");
        assertThat(problem("agent.status", "IN_LIST", "ASLEEP")).contains("AVAILABLE, BUSY, AWAY, UNAVAILABLE");
        assertThat(problem("agent.assigned", "IS", "maybe")).contains("ASSIGNED, UNASSIGNED");
        assertThat(problem("conversation.form", "IN_LIST", "99")).isEqualTo("form 99 does not exist");
        assertThat(problem("conversation.queue", "IN_LIST", "99")).isEqualTo("queue 99 does not exist");
        assertThat(problem("agent.contact", "IN_LIST", "99")).isEqualTo("sender 99 does not exist");
        assertThat(problem("conversation.hoursSinceAssigneeUpdated", "GREATER_THAN", "six"))
                .isEqualTo("must be a number");
        assertThat(problem("conversation.status", "IN_LIST", "waiting")).isNull();
    }

    private static String problem(String attribute, String operator, String value) {
        try {
            Conditions.check(
                    ConditionGroup.all(new Condition(attribute, operator, value)), "conditions", WORKFLOWS, VOCABULARY);
            return null;
        } catch (InvalidInputException e) {
            return e.getReason();
        }
    }
}
