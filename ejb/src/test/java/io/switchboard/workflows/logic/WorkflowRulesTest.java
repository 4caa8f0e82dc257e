package io.switchboard.workflows.logic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.conditions.Condition;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowTrigger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowRulesTest {

    static final WorkflowTrigger SOLVED = WorkflowTrigger.statusChangedTo("SOLVED");
    static final WorkflowAction TAG = WorkflowAction.tags(ActionType.ADD_TAGS, "vip");

    private static InvalidInputException refused(List<WorkflowTrigger> triggers, List<WorkflowAction> actions) {
        return assertThrows(InvalidInputException.class, () -> WorkflowRules.check("W", triggers, actions));
    }

    private static void accepted(List<WorkflowTrigger> triggers, List<WorkflowAction> actions) {
        assertDoesNotThrow(() -> WorkflowRules.check("W", triggers, actions));
    }

    @Test
    void aWorkflowNeedsANameATriggerAndAnAction() {
        assertEquals(
                "name",
                assertThrows(InvalidInputException.class, () -> WorkflowRules.check(" ", List.of(SOLVED), List.of(TAG)))
                        .getField());
        assertEquals("triggers", refused(List.of(), List.of(TAG)).getField());
        assertEquals("actions", refused(List.of(SOLVED), List.of()).getField());
        accepted(List.of(SOLVED), List.of(TAG));
    }

    /** Guide: "The minimal pending time is 10 seconds" and "a duration of up to 90 days". */
    @ParameterizedTest
    @EnumSource(
            value = TriggerType.class,
            names = {
                "CUSTOMER_REPLY_PENDING",
                "AGENT_REPLY_PENDING",
                "SOLVED_UNMODIFIED_FOR",
                "SOLVED_FOR",
                "WAITING_FOR"
            })
    void timeBasedTriggersWaitFromTenSecondsToNinetyDays(TriggerType type) {
        accepted(List.of(WorkflowTrigger.after(type, Duration.ofSeconds(10))), List.of(TAG));
        accepted(List.of(WorkflowTrigger.after(type, Duration.ofDays(90))), List.of(TAG));
        assertEquals(
                "triggers[0].after",
                refused(List.of(WorkflowTrigger.after(type, Duration.ofSeconds(9))), List.of(TAG))
                        .getField());
        assertEquals(
                "triggers[0].after",
                refused(List.of(WorkflowTrigger.after(type, Duration.ofDays(90).plusSeconds(1))), List.of(TAG))
                        .getField());
        assertEquals(
                "triggers[0].after",
                refused(List.of(WorkflowTrigger.on(type)), List.of(TAG)).getField());
    }

    @Test
    void eventTriggersTakeNoWait() {
        assertEquals(
                "triggers[0].after",
                refused(List.of(WorkflowTrigger.after(TriggerType.NOTE_CREATED, Duration.ofMinutes(1))), List.of(TAG))
                        .getField());
    }

    /** Guide: status changed "To: Open, Waiting, Solved". */
    @Test
    void aStatusChangeTriggerNamesOpenWaitingOrSolved() {
        for (String status : List.of("OPEN", "WAITING", "SOLVED")) {
            accepted(List.of(WorkflowTrigger.statusChangedTo(status)), List.of(TAG));
        }
        assertEquals(
                "triggers[0].to",
                refused(List.of(WorkflowTrigger.statusChangedTo("CLOSED")), List.of(TAG))
                        .getField());
        assertEquals(
                "triggers[0].to",
                refused(List.of(WorkflowTrigger.on(TriggerType.STATUS_CHANGED)), List.of(TAG))
                        .getField());
        assertEquals(
                "triggers[0].to",
                refused(
                                List.of(new WorkflowTrigger(TriggerType.NOTE_CREATED, null, "OPEN", null, null, null)),
                                List.of(TAG))
                        .getField());
    }

    @Test
    void aChannelChangeNamesRealChannelsOrAny() {
        accepted(
                List.of(new WorkflowTrigger(TriggerType.CHANNEL_CHANGED, null, null, "SMS", "EMAIL", null)),
                List.of(TAG));
        accepted(List.of(WorkflowTrigger.on(TriggerType.CHANNEL_CHANGED)), List.of(TAG));
        assertEquals(
                "triggers[0].to",
                refused(
                                List.of(new WorkflowTrigger(
                                        TriggerType.CHANNEL_CHANGED, null, null, null, "FAX", null)),
                                List.of(TAG))
                        .getField());
    }

    /** Guide: survey feedback "With score: Happy, Not happy (both can be picked)". */
    @Test
    void aSurveyTriggerPicksHappyNotHappyOrBoth() {
        accepted(
                List.of(new WorkflowTrigger(
                        TriggerType.SURVEY_FEEDBACK_RECEIVED, null, null, null, null, Set.of("HAPPY", "NOT_HAPPY"))),
                List.of(TAG));
        assertEquals(
                "triggers[0].scores",
                refused(List.of(WorkflowTrigger.on(TriggerType.SURVEY_FEEDBACK_RECEIVED)), List.of(TAG))
                        .getField());
        assertEquals(
                "triggers[0].scores",
                refused(
                                List.of(new WorkflowTrigger(
                                        TriggerType.SURVEY_FEEDBACK_RECEIVED, null, null, null, null, Set.of("MEH"))),
                                List.of(TAG))
                        .getField());
    }

    @Test
    void aTriggerIsNotRepeated() {
        assertEquals(
                "triggers[1]", refused(List.of(SOLVED, SOLVED), List.of(TAG)).getField());
    }

    /** Guide: "If you add the 'Close conversation' action, bear in mind that no other actions can follow this one." */
    @Test
    void closeComesLast() {
        accepted(List.of(SOLVED), List.of(TAG, WorkflowAction.of(ActionType.CLOSE)));
        assertEquals(
                "actions[0]",
                refused(List.of(SOLVED), List.of(WorkflowAction.of(ActionType.CLOSE), TAG))
                        .getField());
    }

    /** Guide: "Message (1000 chars)". */
    @Test
    void aMessageHasAtMostAThousandCharacters() {
        accepted(List.of(SOLVED), List.of(WorkflowAction.sendMessage("x".repeat(1000))));
        assertEquals(
                "actions[0].text",
                refused(List.of(SOLVED), List.of(WorkflowAction.sendMessage("x".repeat(1001))))
                        .getField());
        assertEquals(
                "actions[0].text",
                refused(List.of(SOLVED), List.of(WorkflowAction.sendMessage(" ")))
                        .getField());
    }

    /** Guide: "Set conversation status: ... mark conversations as Solved"; priorities low, normal, high, urgent. */
    @Test
    void statusIsSolvedOnlyAndPriorityOneOfFour() {
        accepted(List.of(SOLVED), List.of(WorkflowAction.set(ActionType.SET_STATUS, "SOLVED")));
        assertEquals(
                "actions[0].status",
                refused(List.of(SOLVED), List.of(WorkflowAction.set(ActionType.SET_STATUS, "CLOSED")))
                        .getField());
        accepted(List.of(SOLVED), List.of(WorkflowAction.set(ActionType.SET_PRIORITY, "URGENT")));
        assertEquals(
                "actions[0].priority",
                refused(List.of(SOLVED), List.of(WorkflowAction.set(ActionType.SET_PRIORITY, "urgent")))
                        .getField());
    }

    @Test
    void tagsAreNamed() {
        assertEquals(
                "actions[0].tags",
                refused(List.of(SOLVED), List.of(WorkflowAction.tags(ActionType.REMOVE_TAGS)))
                        .getField());
        assertEquals(
                "actions[0].tags[1]",
                refused(List.of(SOLVED), List.of(WorkflowAction.tags(ActionType.ADD_TAGS, "a", " ")))
                        .getField());
    }

    /** Guide: the external recipient and notification emails come from "senders registered for this purpose". */
    @Test
    void emailsToOthersNeedANoReplySenderAndAddresses() {
        WorkflowAction email = WorkflowAction.of(ActionType.EMAIL_RECIPIENT)
                .withSubject("Escalated {{conversation.shortId}}")
                .withText("See {{conversation.id}}");
        assertEquals(
                "actions[0].fromSenderId",
                refused(List.of(SOLVED), List.of(email)).getField());
        assertEquals(
                "actions[0].recipients[1]",
                refused(List.of(SOLVED), List.of(email.withEmail(3L, List.of("lead@example.com", "nobody"))))
                        .getField());
        accepted(List.of(SOLVED), List.of(email.withEmail(3L, List.of("lead@example.com"))));
        assertEquals(
                "actions[0].subject",
                refused(
                                List.of(SOLVED),
                                List.of(WorkflowAction.of(ActionType.EMAIL_TRANSCRIPT)
                                        .withEmail(3L, null)))
                        .getField());
    }

    /** Guide: Call API has "Method, URL, Content type, Headers, Body". */
    @Test
    void anApiCallIsAValidRequest() {
        WorkflowAction call = WorkflowAction.of(ActionType.CALL_API)
                .withCall("POST", "https://crm.example.com/people/{{customer.phone}}", "JSON", Map.of("X-Api-Key", "k"))
                .withText("{\"segment\":\"SUPPORT CUSTOMER\"}");
        accepted(List.of(SOLVED), List.of(call));
        assertEquals(
                "actions[0].method",
                refused(List.of(SOLVED), List.of(call.withCall("FETCH", call.url(), "JSON", Map.of())))
                        .getField());
        assertEquals(
                "actions[0].url",
                refused(List.of(SOLVED), List.of(call.withCall("POST", "ftp://x.example", "JSON", Map.of())))
                        .getField());
        assertEquals(
                "actions[0].url",
                refused(
                                List.of(SOLVED),
                                List.of(call.withCall("POST", "https://{{agent.name}}.example/x", "JSON", Map.of())))
                        .getField());
        assertEquals(
                "actions[0].contentType",
                refused(List.of(SOLVED), List.of(call.withCall("POST", call.url(), "YAML", Map.of())))
                        .getField());
        assertEquals(
                "actions[0].contentType",
                refused(List.of(SOLVED), List.of(call.withCall("POST", call.url(), null, Map.of())))
                        .getField());
        assertEquals(
                "actions[0].body",
                refused(List.of(SOLVED), List.of(call.withCall("GET", call.url(), "JSON", Map.of())))
                        .getField());
        assertEquals(
                "actions[0].headers",
                refused(List.of(SOLVED), List.of(call.withCall("POST", call.url(), "JSON", Map.of("Bad Name", "v"))))
                        .getField());
        assertEquals(
                "actions[0].headers.X-A",
                refused(
                                List.of(SOLVED),
                                List.of(call.withCall("POST", call.url(), "JSON", Map.of("X-A", "v\r\nX-B: 1"))))
                        .getField());
    }

    /** Guide: the body "can be set using key-value pairs": form data is one name=value a line. */
    @Test
    void aFormDataBodyIsOneFieldALine() {
        WorkflowAction call = WorkflowAction.of(ActionType.CALL_API)
                .withCall("POST", "https://crm.example.com/people", "FORM_DATA", Map.of())
                .withText("segment=SUPPORT\nshortId={{conversation.shortId}}");
        accepted(List.of(SOLVED), List.of(call));
        assertEquals(
                "actions[0].body",
                refused(List.of(SOLVED), List.of(call.withText("segment=SUPPORT\njust text")))
                        .getField());
    }

    /** Guide: Slack messages use the "Standard placeholder picker" for their text; the webhook is fixed. */
    @Test
    void aSlackMessageNeedsItsWebhookAndText() {
        WorkflowAction slack = WorkflowAction.of(ActionType.SLACK_MESSAGE)
                .withCall(null, "https://hooks.slack.com/services/T/B/x", null, Map.of())
                .withText("New conversation {{conversation.shortId}}");
        accepted(List.of(SOLVED), List.of(slack));
        assertEquals(
                "actions[0].url",
                refused(List.of(SOLVED), List.of(slack.withCall(null, "hooks.slack.com/x", null, Map.of())))
                        .getField());
        assertEquals(
                "actions[0].url",
                refused(
                                List.of(SOLVED),
                                List.of(slack.withCall(
                                        null, "https://hooks.slack.com/{{conversation.id}}", null, Map.of())))
                        .getField());
        assertEquals(
                "actions[0].text",
                refused(List.of(SOLVED), List.of(slack.withText(" "))).getField());
    }

    /**
     * Guide: "The 'Content', 'From', and all Email variables within the Call API action are only available when using
     * the 'Outbound agent message is sent' and 'Inbound message received' triggers."
     */
    @Test
    void messageVariablesOnlyForMessageTriggers() {
        WorkflowAction echo = WorkflowAction.sendMessage("You wrote: {{message.content}}");
        accepted(List.of(WorkflowTrigger.on(TriggerType.INBOUND_MESSAGE_RECEIVED)), List.of(echo));
        accepted(
                List.of(
                        WorkflowTrigger.on(TriggerType.INBOUND_MESSAGE_RECEIVED),
                        WorkflowTrigger.on(TriggerType.AGENT_MESSAGE_SENT)),
                List.of(echo));
        assertEquals("actions[0].text", refused(List.of(SOLVED), List.of(echo)).getField());
        assertEquals(
                "actions[0].text",
                refused(List.of(WorkflowTrigger.on(TriggerType.INBOUND_MESSAGE_RECEIVED), SOLVED), List.of(echo))
                        .getField());
    }

    @Test
    void formFieldsAreNamedByTheirIds() {
        accepted(
                List.of(SOLVED),
                List.of(WorkflowAction.of(ActionType.POPULATE_FORM_FIELDS)
                        .withFields(Map.of("7", "{{customer.name}}"))));
        assertEquals(
                "actions[0].fields",
                refused(List.of(SOLVED), List.of(WorkflowAction.of(ActionType.POPULATE_FORM_FIELDS)))
                        .getField());
        assertEquals(
                "actions[0].fields.seven",
                refused(
                                List.of(SOLVED),
                                List.of(WorkflowAction.of(ActionType.POPULATE_FORM_FIELDS)
                                        .withFields(Map.of("seven", "x"))))
                        .getField());
    }

    /** Guide: "within the setup of a single workflow, one attribute in conditions cannot be utilized multiple times". */
    @Test
    void eachAttributeIsTestedOnce() {
        ConditionGroup fine = ConditionGroup.all(new Condition("conversation.channel", "is", "SMS"))
                .withGroups(ConditionGroup.any(new Condition("person.country", "is", "HR")));
        assertDoesNotThrow(() -> WorkflowRules.attributesOnce(fine, "conditions"));
        ConditionGroup twice = ConditionGroup.all(new Condition("conversation.channel", "is", "SMS"))
                .withGroups(ConditionGroup.any(
                        new Condition("person.country", "is", "HR"),
                        new Condition("conversation.channel", "is", "EMAIL")));
        assertEquals(
                "conditions.groups[0].conditions[1].attribute",
                assertThrows(InvalidInputException.class, () -> WorkflowRules.attributesOnce(twice, "conditions"))
                        .getField());
    }
}
