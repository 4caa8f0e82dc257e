package io.switchboard.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15: which input of a screen shows a refusal of the engine. */
class FieldMatchTest {

    @Test
    void anInputShowsItsOwnFieldBest() {
        assertThat(FieldMatch.score("name", "name", false))
                .isGreaterThan(FieldMatch.score("name", "name.first", false));
        assertThat(FieldMatch.score("name", "username", false)).isZero();
    }

    @Test
    void anInputOfAReferenceShowsTheReferenceId() {
        assertThat(FieldMatch.score("sender", "senderId", false)).isPositive();
        assertThat(FieldMatch.score("senders", "senderIds", false)).isPositive();
        assertThat(FieldMatch.score("sender", "senderIds", false)).isZero();
    }

    @Test
    void aNestedFieldFallsToItsNearestInput() {
        int greeting = FieldMatch.score("greeting", "greeting.text", false);
        int greetingText = FieldMatch.score("greeting.text", "greeting.text", true);
        assertThat(greeting).isPositive();
        assertThat(greetingText).isGreaterThan(greeting);
        assertThat(FieldMatch.score("days", "days.MONDAY[0].end", false))
                .isLessThan(FieldMatch.score("days.MONDAY[0]", "days.MONDAY[0].end", true));
        assertThat(FieldMatch.score("tag", "tags[0]", false)).isZero();
    }

    @Test
    void aDeclaredFieldBeatsAnIdOfTheSameName() {
        assertThat(FieldMatch.score("name", "name", true)).isGreaterThan(FieldMatch.score("name", "name", false));
    }
}
