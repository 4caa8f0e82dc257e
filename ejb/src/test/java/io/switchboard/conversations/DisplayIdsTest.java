package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisplayIdsTest {

    @Test
    @DisplayName("\"The Short ID ... replaces the Conversation ID\" when the setting is on; otherwise the id shows")
    void theShortIdReplacesTheIdOnlyWhenTheSettingIsOn() {
        assertThat(DisplayIds.of(1050, 7, true)).isEqualTo(7);
        assertThat(DisplayIds.of(1050, 7, false)).isEqualTo(1050);
    }

    @Test
    void anAutomatedMessageNamesTheConversationByTheIdPeopleSee() {
        assertThat(DisplayIds.fill("Your case {conversationId} is in line ({conversationId})", 7))
                .isEqualTo("Your case 7 is in line (7)");
        assertThat(DisplayIds.fill("No id here", 7)).isEqualTo("No id here");
    }
}
