package io.switchboard.api.waiting;

import io.switchboard.waiting.AudioSource;
import io.switchboard.waiting.VoiceMessage;
import io.switchboard.waiting.VoicePrompt;
import io.switchboard.waiting.VoiceWaitingService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A voice waiting strategy; files are uploaded apart, per message. (Classes: see CreateApiKeyRequest.) */
public class VoiceStrategyRequest {

    /** The voice sender (number or call application); set at creation, ignored on change. */
    public Long senderId;

    @NotBlank
    @Size(max = 100)
    public String name;

    /** How long a caller may wait, 1 to 3600 seconds. */
    @NotNull
    public Integer maxWaitSeconds;

    @Valid
    public Prompt greeting;

    @Valid
    public Prompt holdMusic;

    @Valid
    public Announcement announcement;

    @Valid
    public Prompt maxWaitMessage;

    /** One message: text-to-speech (text, language, voice, speech rate) or an uploaded file. */
    public static class Prompt {
        public boolean enabled;

        @Pattern(regexp = AudioSource.NAMES, message = "must be one of " + AudioSource.NAMES)
        public String source;

        @Size(max = 2000)
        public String text;

        @Size(max = 35)
        public String language;

        @Size(max = 50)
        public String voice;

        public BigDecimal speechRate;

        VoicePrompt toPrompt() {
            return new VoicePrompt(
                    enabled,
                    source == null ? null : AudioSource.valueOf(source),
                    text == null ? null : text.trim(),
                    language == null ? null : language.trim(),
                    voice,
                    speechRate,
                    null);
        }
    }

    /** The periodic announcement; its text may hold {position:ordinal}, {position:cardinal}, {position:adaptive}. */
    public static class Announcement extends Prompt {
        /** Every 10 to 3600 seconds. */
        public Integer everySeconds;
    }

    public VoiceWaitingService.Settings settings() {
        Map<VoiceMessage, VoicePrompt> prompts = new EnumMap<>(VoiceMessage.class);
        put(prompts, VoiceMessage.GREETING, greeting);
        put(prompts, VoiceMessage.HOLD_MUSIC, holdMusic);
        put(prompts, VoiceMessage.ANNOUNCEMENT, announcement);
        put(prompts, VoiceMessage.MAX_WAIT, maxWaitMessage);
        return new VoiceWaitingService.Settings(
                name.trim(), maxWaitSeconds, announcement == null ? null : announcement.everySeconds, prompts);
    }

    private static void put(Map<VoiceMessage, VoicePrompt> prompts, VoiceMessage message, Prompt prompt) {
        if (prompt != null) {
            prompts.put(message, prompt.toPrompt());
        }
    }
}
