package io.switchboard.workflows.logic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.workflows.TriggerType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void findsEachNameOnceInOrder() {
        assertEquals(
                List.of("customer.firstName", "conversation.shortId"),
                Placeholders.used(
                        "Hi {{customer.firstName}}, ticket {{ conversation.shortId }} {{customer.firstName}}"));
        assertEquals(List.of(), Placeholders.used("no {placeholders} {{}} here"));
        assertEquals(List.of(), Placeholders.used(null));
    }

    @Test
    void rendersValuesLiterallyAndUnknownValuesAsEmpty() {
        assertEquals(
                "Hi Ana $1 \\, ticket ",
                Placeholders.render(
                        "Hi {{customer.firstName}}, ticket {{conversation.shortId}}",
                        Map.of("customer.firstName", "Ana $1 \\")));
    }

    @Test
    void refusesUnknownNames() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> Placeholders.check(
                        "actions[0].text", "{{customer.shoeSize}}", List.of(TriggerType.NOTE_CREATED)));
        assertEquals("actions[0].text", refused.getField());
        assertTrue(refused.getReason().contains("{{customer.shoeSize}}"));
    }

    /** Guide: the short ID is among the placeholders of messages and API calls. */
    @Test
    void theShortIdIsAlwaysAvailable() {
        assertDoesNotThrow(() -> Placeholders.check("f", "{{conversation.shortId}}", List.of(TriggerType.SOLVED_FOR)));
    }

    /**
     * The assignee's email address ({{agent.email}}) is offered with the agent's name for every trigger: "Placeholders
     * for automatic replies ... Send message to customer (content) ... Message on Slack (content)" (guide). With
     * nobody assigned it is empty.
     */
    @Test
    void theAssigneesEmailIsAlwaysAvailable() {
        assertTrue(Placeholders.ALWAYS.containsKey("agent.email"));
        assertDoesNotThrow(() -> Placeholders.check(
                "f", "Write to {{agent.name}} at {{agent.email}}", List.of(TriggerType.CUSTOMER_CHANGED)));
        assertEquals(
                "Write to ivo@example.com",
                Placeholders.render("Write to {{agent.email}}", Map.of("agent.email", "ivo@example.com")));
        assertEquals("Write to ", Placeholders.render("Write to {{agent.email}}", Map.of()));
    }

    @Test
    void messageVariablesNeedEveryTriggerToCarryAMessage() {
        assertDoesNotThrow(() ->
                Placeholders.check("f", "{{message.from}} {{email.subject}}", List.of(TriggerType.AGENT_MESSAGE_SENT)));
        assertThrows(
                InvalidInputException.class,
                () -> Placeholders.check("f", "{{message.from}}", List.of(TriggerType.WAITING_FOR)));
        assertThrows(InvalidInputException.class, () -> Placeholders.check("f", "{{message.from}}", List.of()));
    }

    /** Guide: "if the complete message, including the placeholder value, exceeds the length limit ... not be sent". */
    @Test
    void aTextTooLongAfterSubstitutionDoesNotFit() {
        String template = "x".repeat(990) + "{{customer.name}}";
        assertTrue(Placeholders.render(template, Map.of("customer.name", "Ana Horvat"), 1000)
                .fits());
        assertFalse(Placeholders.render(template, Map.of("customer.name", "Ana Horvat!"), 1000)
                .fits());
        // Characters, not UTF-16 units: an emoji is one.
        assertTrue(Placeholders.render("😀".repeat(1000), Map.of(), 1000).fits());
    }

    @Test
    void everyPlaceholderHasAnExplanation() {
        assertEquals(
                Placeholders.ALWAYS.size() + Placeholders.WITH_MESSAGE.size(),
                Placeholders.all().size());
        Placeholders.ALWAYS.values().forEach(text -> assertFalse(text.isBlank()));
    }
}
