package io.switchboard.waiting.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.waiting.AudioSource;
import io.switchboard.waiting.VoiceMessage;
import io.switchboard.waiting.VoicePrompt;
import io.switchboard.waiting.logic.VoicePromptPlanner.Prompt;
import io.switchboard.waiting.logic.VoicePromptPlanner.PromptPlan;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoicePromptPlannerTest {

    private static VoicePrompt tts(String text) {
        return new VoicePrompt(true, AudioSource.TEXT_TO_SPEECH, text, "en-US", "Joanna", new BigDecimal("1.10"), null);
    }

    private static Map<VoiceMessage, VoicePrompt> full() {
        Map<VoiceMessage, VoicePrompt> prompts = new EnumMap<>(VoiceMessage.class);
        prompts.put(VoiceMessage.GREETING, tts("Thank you for calling"));
        prompts.put(VoiceMessage.HOLD_MUSIC, new VoicePrompt(true, AudioSource.FILE, null, null, null, null, 77L));
        prompts.put(VoiceMessage.ANNOUNCEMENT, tts("You are {position:ordinal} in line"));
        prompts.put(VoiceMessage.MAX_WAIT, tts("We are sorry, please call again later"));
        return prompts;
    }

    @Test
    void atTheStartTheCallerHearsTheGreetingThenHoldMusic() {
        PromptPlan plan = VoicePromptPlanner.at(600, 60, full(), Duration.ZERO, 4);
        assertThat(plan.prompts())
                .extracting(Prompt::message)
                .containsExactly(VoiceMessage.GREETING, VoiceMessage.HOLD_MUSIC);
        assertThat(plan.prompts().get(0).text()).isEqualTo("Thank you for calling");
        assertThat(plan.prompts().get(1).audioId()).isEqualTo(77L);
        assertThat(plan.prompts().get(1).loop()).isTrue();
        assertThat(plan.hangUp()).isFalse();
        assertThat(plan.askAgainIn()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void eachIntervalStartsWithTheAnnouncementAndThePositionInWords() {
        PromptPlan plan = VoicePromptPlanner.at(600, 60, full(), Duration.ofMinutes(2), 2);
        assertThat(plan.prompts())
                .extracting(Prompt::message)
                .containsExactly(VoiceMessage.ANNOUNCEMENT, VoiceMessage.HOLD_MUSIC);
        assertThat(plan.prompts().get(0).text()).isEqualTo("You are second in line");
        assertThat(plan.prompts().get(0).language()).isEqualTo("en-US");
        assertThat(plan.prompts().get(0).speechRate()).isEqualByComparingTo("1.10");
        assertThat(plan.askAgainIn()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void askedMidSegmentItAnswersTheSegmentAndTheTimeLeftInIt() {
        PromptPlan plan = VoicePromptPlanner.at(600, 60, full(), Duration.ofSeconds(150), 3);
        assertThat(plan.prompts().get(0).text()).isEqualTo("You are third in line");
        assertThat(plan.askAgainIn()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theLastSegmentEndsAtTheMaximumWait() {
        PromptPlan plan = VoicePromptPlanner.at(150, 60, full(), Duration.ofSeconds(120), 1);
        assertThat(plan.askAgainIn()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void atTheMaximumWaitTheCallerHearsTheMessageAndTheCallEnds() {
        PromptPlan plan = VoicePromptPlanner.at(600, 60, full(), Duration.ofMinutes(10), 1);
        assertThat(plan.prompts()).extracting(Prompt::message).containsExactly(VoiceMessage.MAX_WAIT);
        assertThat(plan.hangUp()).isTrue();
        assertThat(plan.askAgainIn()).isNull();
    }

    @Test
    void cardinalAndAdaptivePlaceholdersInOtherLanguages() {
        Map<VoiceMessage, VoicePrompt> prompts = full();
        prompts.put(
                VoiceMessage.ANNOUNCEMENT,
                new VoicePrompt(
                        true,
                        AudioSource.TEXT_TO_SPEECH,
                        "Sie sind Nummer {position:cardinal} ({position:adaptive})",
                        "de-DE",
                        null,
                        null,
                        null));
        PromptPlan plan = VoicePromptPlanner.at(600, 30, prompts, Duration.ofSeconds(30), 2);
        assertThat(plan.prompts().get(0).text()).isEqualTo("Sie sind Nummer zwei (zweite)");
        assertThat(plan.prompts().get(0).speechRate()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void withoutAnnouncementsTheGreetingSegmentLastsUntilTheMaximumWait() {
        Map<VoiceMessage, VoicePrompt> prompts = full();
        prompts.remove(VoiceMessage.ANNOUNCEMENT);
        PromptPlan plan = VoicePromptPlanner.at(300, null, prompts, Duration.ZERO, 1);
        assertThat(plan.prompts())
                .extracting(Prompt::message)
                .containsExactly(VoiceMessage.GREETING, VoiceMessage.HOLD_MUSIC);
        assertThat(plan.askAgainIn()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void disabledPromptsAndFilesNotUploadedAreNotPlayed() {
        Map<VoiceMessage, VoicePrompt> prompts = full();
        prompts.put(
                VoiceMessage.GREETING,
                new VoicePrompt(false, AudioSource.TEXT_TO_SPEECH, "Hi", "en", null, null, null));
        prompts.put(VoiceMessage.HOLD_MUSIC, new VoicePrompt(true, AudioSource.FILE, null, null, null, null, null));
        assertThat(VoicePromptPlanner.at(600, 60, prompts, Duration.ZERO, 1).prompts())
                .isEmpty();
        prompts.put(
                VoiceMessage.MAX_WAIT,
                new VoicePrompt(false, AudioSource.TEXT_TO_SPEECH, "Bye", "en", null, null, null));
        PromptPlan end = VoicePromptPlanner.at(600, 60, prompts, Duration.ofHours(1), 1);
        assertThat(end.prompts()).isEmpty();
        assertThat(end.hangUp()).isTrue();
    }

    @Test
    void rulesRefuseBadSettingsNamingTheField() {
        assertThatThrownBy(() -> VoiceWaitingRules.check(3601, null, full()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("maxWaitSeconds");
        assertThatThrownBy(() -> VoiceWaitingRules.check(600, 5, full()))
                .hasMessageStartingWith("announcement.everySeconds");
        Map<VoiceMessage, VoicePrompt> prompts = full();
        prompts.put(VoiceMessage.HOLD_MUSIC, tts("la la la"));
        assertThatThrownBy(() -> VoiceWaitingRules.check(600, 60, prompts)).hasMessageStartingWith("holdMusic.source");
        prompts.put(VoiceMessage.HOLD_MUSIC, new VoicePrompt(true, AudioSource.FILE, null, null, null, null, null));
        prompts.put(VoiceMessage.GREETING, tts("Hello {position:ordinal}"));
        assertThatThrownBy(() -> VoiceWaitingRules.check(600, 60, prompts)).hasMessageStartingWith("greeting.text");
        prompts.put(VoiceMessage.GREETING, tts("Hello"));
        prompts.put(VoiceMessage.ANNOUNCEMENT, tts("You are {position:roman}"));
        assertThatThrownBy(() -> VoiceWaitingRules.check(600, 60, prompts)).hasMessageStartingWith("announcement.text");
        prompts.put(
                VoiceMessage.ANNOUNCEMENT,
                new VoicePrompt(true, AudioSource.TEXT_TO_SPEECH, "Hi", "12-$", null, null, null));
        assertThatThrownBy(() -> VoiceWaitingRules.check(600, 60, prompts))
                .hasMessageStartingWith("announcement.language");
        prompts.put(
                VoiceMessage.ANNOUNCEMENT,
                new VoicePrompt(true, AudioSource.TEXT_TO_SPEECH, "Hi", "en", null, new BigDecimal("2.5"), null));
        assertThatThrownBy(() -> VoiceWaitingRules.check(600, 60, prompts))
                .hasMessageStartingWith("announcement.speechRate");
        prompts.put(VoiceMessage.ANNOUNCEMENT, tts("You are {position:adaptive}"));
        assertThatCode(() -> VoiceWaitingRules.check(3600, 10, prompts)).doesNotThrowAnyException();
    }
}
