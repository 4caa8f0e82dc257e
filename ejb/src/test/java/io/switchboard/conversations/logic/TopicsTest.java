package io.switchboard.conversations.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void keepsTheTopicWithoutSurroundingSpaces() {
        assertThat(Topics.checked("topic", "  Your return  ")).isEqualTo("Your return");
        assertThat(Topics.checked("topic", "x".repeat(998))).hasSize(998);
    }

    @Test
    void refusesABlankOrTooLongTopicNamingTheField() {
        for (String bad : new String[] {null, "", "   ", "x".repeat(999)}) {
            assertThatThrownBy(() -> Topics.checked("actions[2].topic", bad))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e ->
                            assertThat(((InvalidInputException) e).getField()).isEqualTo("actions[2].topic"));
        }
    }
}
