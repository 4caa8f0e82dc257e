package io.switchboard.waiting.logic;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.waiting.AudioSource;
import io.switchboard.waiting.VoiceMessage;
import io.switchboard.waiting.VoicePrompt;
import java.math.BigDecimal;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a voice waiting strategy: the maximum wait from 1 second to 60 minutes; announcements every 10 seconds
 * to 60 minutes; hold music is an uploaded file; a text-to-speech prompt has a text, a language (BCP 47) and a speech
 * rate from 0.5 to 2.0; position placeholders only in the announcement's text. Field names are the API's.
 */
public final class VoiceWaitingRules {

    public static final int MAX_WAIT_SECONDS = 3600;
    public static final int MIN_ANNOUNCEMENT_SECONDS = 10;
    public static final BigDecimal MIN_RATE = new BigDecimal("0.5");
    public static final BigDecimal MAX_RATE = new BigDecimal("2.0");
    static final int MAX_TEXT = 2000;

    /** A placeholder in a prompt's text: {@code {position:ordinal}}, {@code {position:cardinal}}, ... */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private VoiceWaitingRules() {}

    /** The name of a message in the API ("greeting", "holdMusic", "announcement", "maxWaitMessage"). */
    public static String fieldOf(VoiceMessage message) {
        return switch (message) {
            case GREETING -> "greeting";
            case HOLD_MUSIC -> "holdMusic";
            case ANNOUNCEMENT -> "announcement";
            case MAX_WAIT -> "maxWaitMessage";
        };
    }

    public static void check(
            int maxWaitSeconds, Integer announcementEverySeconds, Map<VoiceMessage, VoicePrompt> prompts) {
        if (maxWaitSeconds < 1 || maxWaitSeconds > MAX_WAIT_SECONDS) {
            throw new InvalidInputException("maxWaitSeconds", "must be between 1 and " + MAX_WAIT_SECONDS);
        }
        VoicePrompt announcement = prompts.get(VoiceMessage.ANNOUNCEMENT);
        if (announcement != null
                && announcement.isEnabled()
                && (announcementEverySeconds == null
                        || announcementEverySeconds < MIN_ANNOUNCEMENT_SECONDS
                        || announcementEverySeconds > MAX_WAIT_SECONDS)) {
            throw new InvalidInputException(
                    "announcement.everySeconds",
                    "must be between " + MIN_ANNOUNCEMENT_SECONDS + " and " + MAX_WAIT_SECONDS);
        }
        prompts.forEach(VoiceWaitingRules::checkPrompt);
    }

    private static void checkPrompt(VoiceMessage message, VoicePrompt prompt) {
        String field = fieldOf(message);
        if (!prompt.isEnabled()) {
            return;
        }
        if (prompt.getSource() == null) {
            throw new InvalidInputException(field + ".source", "must be one of " + AudioSource.NAMES);
        }
        if (message == VoiceMessage.HOLD_MUSIC && prompt.getSource() != AudioSource.FILE) {
            throw new InvalidInputException(field + ".source", "hold music is an uploaded file (FILE)");
        }
        if (prompt.getSource() != AudioSource.TEXT_TO_SPEECH) {
            return;
        }
        if (prompt.getText() == null || prompt.getText().isBlank()) {
            throw new InvalidInputException(field + ".text", "must not be blank for text-to-speech");
        }
        if (prompt.getText().length() > MAX_TEXT) {
            throw new InvalidInputException(field + ".text", "must be at most " + MAX_TEXT + " characters");
        }
        checkPlaceholders(message, field, prompt.getText());
        language(field, prompt.getLanguage());
        if (prompt.getSpeechRate() != null
                && (prompt.getSpeechRate().compareTo(MIN_RATE) < 0
                        || prompt.getSpeechRate().compareTo(MAX_RATE) > 0)) {
            throw new InvalidInputException(field + ".speechRate", "must be between 0.5 and 2.0");
        }
        if (prompt.getVoice() != null && prompt.getVoice().length() > 50) {
            throw new InvalidInputException(field + ".voice", "must be at most 50 characters");
        }
    }

    /** The language of a text-to-speech prompt, a well-formed BCP 47 tag such as {@code en-US}. */
    public static Locale language(String field, String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException(field + ".language", "must not be blank for text-to-speech");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.trim()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new InvalidInputException(field + ".language", "must be a BCP 47 language tag such as en-US");
        }
    }

    private static void checkPlaceholders(VoiceMessage message, String field, String text) {
        Matcher placeholders = PLACEHOLDER.matcher(text);
        while (placeholders.find()) {
            if (message != VoiceMessage.ANNOUNCEMENT) {
                throw new InvalidInputException(field + ".text", "placeholders are for the announcement only");
            }
            numbering(placeholders.group(1))
                    .orElseThrow(() -> new InvalidInputException(
                            field + ".text",
                            "unknown placeholder {" + placeholders.group(1)
                                    + "}; use {position:ordinal}, {position:cardinal} or {position:adaptive}"));
        }
    }

    static java.util.Optional<PositionWording.Numbering> numbering(String placeholder) {
        return switch (placeholder.trim()) {
            case "position:ordinal" -> java.util.Optional.of(PositionWording.Numbering.ORDINAL);
            case "position:cardinal" -> java.util.Optional.of(PositionWording.Numbering.CARDINAL);
            case "position:adaptive" -> java.util.Optional.of(PositionWording.Numbering.ADAPTIVE);
            default -> java.util.Optional.empty();
        };
    }
}
