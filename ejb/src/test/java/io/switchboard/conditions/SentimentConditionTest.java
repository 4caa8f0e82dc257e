package io.switchboard.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conversation's sentiment as a workflow condition (issue 18: sentiment is "a condition and a filter"). Only
 * workflows know it: routes and SLA policies decide on the first message, before it is scored.
 */
class SentimentConditionTest {

    private static final AttributeCatalogue ROUTING = AttributeCatalogue.standardOnly();
    private static final AttributeCatalogue WORKFLOWS = ROUTING.forWorkflows(Map.of());
    private static final Vocabulary VOCABULARY = new Vocabulary(Set.of(), Set.of(), Set.of());

    private static WorkflowFacts scored(String label) {
        return new WorkflowFacts(7L, "INBOUND", "OPEN", null, true, null, false, null, "+385100", Map.of(), Set.of())
                .withSentiment(label);
    }

    private static boolean holds(Operator operator, String value, WorkflowFacts workflow) {
        ConditionGroup group = ConditionGroup.all(new Condition("conversation.sentiment", operator.name(), value));
        Conditions.check(group, "conditions", WORKFLOWS, VOCABULARY);
        RuleSet<Long> set = RuleSet.compile(List.of(new Rule<>(1, "Workflow", group, 1L)), WORKFLOWS);
        return set.first(new TestFacts().build().withWorkflow(workflow), 1).matched();
    }

    @Test
    void aWorkflowConditionOnTheSentimentLabel() {
        assertThat(holds(Operator.IN_LIST, "NEGATIVE", scored("NEGATIVE"))).isTrue();
        assertThat(holds(Operator.IN_LIST, "negative", scored("NEGATIVE"))).isTrue();
        assertThat(holds(Operator.IN_LIST, "NEGATIVE", scored("POSITIVE"))).isFalse();
        assertThat(holds(Operator.NOT_IN_LIST, "NEGATIVE", scored("NEUTRAL"))).isTrue();
        // Not scored yet: no label is in the list.
        assertThat(holds(Operator.IN_LIST, "NEUTRAL", scored(null))).isFalse();
    }

    @Test
    void onlyWorkflowsKnowItAndOnlyTheThreeLabelsAreValues() {
        Attribute sentiment = WORKFLOWS.find("conversation.sentiment").orElseThrow();
        assertThat(sentiment.label()).isEqualTo("Sentiment");
        assertThat(sentiment.workflowOnly()).isTrue();
        assertThat(sentiment.kind().choices()).containsExactly("NEGATIVE", "NEUTRAL", "POSITIVE");
        assertThat(ROUTING.find("conversation.sentiment")).isEmpty();
        assertThatThrownBy(() -> Conditions.check(
                        ConditionGroup.all(new Condition("conversation.sentiment", "IN_LIST", "ANGRY")),
                        "conditions",
                        WORKFLOWS,
                        VOCABULARY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("NEGATIVE, NEUTRAL, POSITIVE");
    }
}
