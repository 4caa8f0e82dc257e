package io.switchboard.waiting.logic;

import io.switchboard.waiting.AudioSource;
import io.switchboard.waiting.VoiceMessage;
import io.switchboard.waiting.VoicePrompt;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * What a voice gateway plays for a waiting caller. The wait is cut into segments: the first starts at 0 (greeting),
 * each further one at a multiple of the announcement interval (announcement, with the caller's position read out),
 * and each segment continues with hold music until the next one starts; at the maximum wait the caller hears the
 * maximum wait time message and the call ends. Asked at any moment, the planner answers the current segment and how
 * long until the next: a gateway asks at the start of the call and then again after {@code askAgainIn}.
 */
public final class VoicePromptPlanner {

    /** One prompt to play; {@code text} with placeholders already filled in, {@code loop} for hold music. */
    public record Prompt(
            VoiceMessage message,
            AudioSource source,
            String text,
            String language,
            String voice,
            BigDecimal speechRate,
            Long audioId,
            boolean loop) {}

    /** The prompts in order; then either hang up, or ask again after {@code askAgainIn}. */
    public record PromptPlan(List<Prompt> prompts, boolean hangUp, Duration askAgainIn) {}

    private VoicePromptPlanner() {}

    public static PromptPlan at(
            int maxWaitSeconds,
            Integer announcementEverySeconds,
            Map<VoiceMessage, VoicePrompt> prompts,
            Duration waited,
            int position) {
        if (waited.isNegative()) {
            throw new IllegalArgumentException("waited must not be negative");
        }
        if (position < 1) {
            throw new IllegalArgumentException("position starts at 1");
        }
        Duration maxWait = Duration.ofSeconds(maxWaitSeconds);
        List<Prompt> plan = new ArrayList<>();
        if (waited.compareTo(maxWait) >= 0) {
            playable(VoiceMessage.MAX_WAIT, prompts, position).ifPresent(plan::add);
            return new PromptPlan(List.copyOf(plan), true, null);
        }
        boolean announcing = enabled(prompts, VoiceMessage.ANNOUNCEMENT) && announcementEverySeconds != null;
        Duration next = maxWait;
        if (announcing) {
            long every = announcementEverySeconds;
            long segment = waited.getSeconds() / every;
            Duration nextAnnouncement = Duration.ofSeconds((segment + 1) * every);
            next = nextAnnouncement.compareTo(maxWait) < 0 ? nextAnnouncement : maxWait;
            if (segment > 0) {
                playable(VoiceMessage.ANNOUNCEMENT, prompts, position).ifPresent(plan::add);
            }
        }
        if (plan.isEmpty() && (!announcing || waited.getSeconds() < announcementEverySeconds)) {
            playable(VoiceMessage.GREETING, prompts, position).ifPresent(plan::add);
        }
        playable(VoiceMessage.HOLD_MUSIC, prompts, position).ifPresent(plan::add);
        return new PromptPlan(List.copyOf(plan), false, next.minus(waited));
    }

    private static boolean enabled(Map<VoiceMessage, VoicePrompt> prompts, VoiceMessage message) {
        VoicePrompt prompt = prompts.get(message);
        return prompt != null && prompt.isEnabled();
    }

    // An enabled prompt that can sound: text-to-speech, or a file that was uploaded.
    private static java.util.Optional<Prompt> playable(
            VoiceMessage message, Map<VoiceMessage, VoicePrompt> prompts, int position) {
        if (!enabled(prompts, message)) {
            return java.util.Optional.empty();
        }
        VoicePrompt prompt = prompts.get(message);
        boolean loop = message == VoiceMessage.HOLD_MUSIC;
        if (prompt.getSource() == AudioSource.FILE) {
            return prompt.getAudioId() == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            new Prompt(message, AudioSource.FILE, null, null, null, null, prompt.getAudioId(), loop));
        }
        return java.util.Optional.of(new Prompt(
                message,
                AudioSource.TEXT_TO_SPEECH,
                fill(prompt.getText(), prompt.getLanguage(), position),
                prompt.getLanguage(),
                prompt.getVoice(),
                prompt.getSpeechRate() == null ? BigDecimal.ONE : prompt.getSpeechRate(),
                null,
                loop));
    }

    /** The text with each position placeholder replaced by the position in words of the language. */
    static String fill(String text, String language, int position) {
        Matcher placeholders = VoiceWaitingRules.PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholders.find()) {
            String words = VoiceWaitingRules.numbering(placeholders.group(1))
                    .map(n -> PositionWording.render(VoiceWaitingRules.language("announcement", language), n, position))
                    .orElse(placeholders.group());
            placeholders.appendReplacement(filled, Matcher.quoteReplacement(words));
        }
        placeholders.appendTail(filled);
        return filled.toString();
    }
}
