package io.switchboard.api.waiting;

import io.switchboard.waiting.AudioSource;
import io.switchboard.waiting.VoiceMessage;
import io.switchboard.waiting.VoicePrompt;
import io.switchboard.waiting.VoiceWaitingStrategy;
import java.math.BigDecimal;
import java.time.Instant;

/** A voice waiting strategy as the API shows it; {@code hasAudio} tells whether a file was uploaded. */
public record VoiceStrategyView(
        long id,
        long senderId,
        String name,
        int maxWaitSeconds,
        Integer announcementEverySeconds,
        Prompt greeting,
        Prompt holdMusic,
        Prompt announcement,
        Prompt maxWaitMessage,
        Instant updatedAt) {

    /** One message's settings. */
    public record Prompt(
            boolean enabled,
            AudioSource source,
            String text,
            String language,
            String voice,
            BigDecimal speechRate,
            boolean hasAudio) {}

    public static VoiceStrategyView of(VoiceWaitingStrategy strategy) {
        return new VoiceStrategyView(
                strategy.getId(),
                strategy.getSender().getId(),
                strategy.getName(),
                strategy.getMaxWaitSeconds(),
                strategy.getAnnouncementEverySeconds(),
                prompt(strategy, VoiceMessage.GREETING),
                prompt(strategy, VoiceMessage.HOLD_MUSIC),
                prompt(strategy, VoiceMessage.ANNOUNCEMENT),
                prompt(strategy, VoiceMessage.MAX_WAIT),
                strategy.getUpdatedAt());
    }

    private static Prompt prompt(VoiceWaitingStrategy strategy, VoiceMessage message) {
        VoicePrompt p = strategy.getPrompts().get(message);
        return p == null
                ? null
                : new Prompt(
                        p.isEnabled(),
                        p.getSource(),
                        p.getText(),
                        p.getLanguage(),
                        p.getVoice(),
                        p.getSpeechRate(),
                        p.getAudioId() != null);
    }
}
