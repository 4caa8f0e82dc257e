package io.switchboard.surveys.logic;

import io.switchboard.channels.Channel;
import io.switchboard.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The survey setting's checks, the minimum-interval rule, and how each channel's customer answers. */
public final class SurveyRules {

    public static final int MAX_QUESTION = 500;
    public static final int MAX_LABEL = 100;
    public static final Duration MAX_DELAY = Duration.ofDays(1);
    public static final Duration MAX_INTERVAL = Duration.ofDays(366);

    /** How long a survey link can be answered. */
    public static final Duration ANSWER_WITHIN = Duration.ofDays(14);

    private SurveyRules() {}

    /**
     * Guide: "you can set the time span between two surveys. This period starts after one survey has been sent to the
     * customer. A new survey cannot be sent before this period elapses."
     */
    public static boolean mayReceive(Instant lastSentAt, Duration minimumInterval, Instant now) {
        return lastSentAt == null || !now.isBefore(lastSentAt.plus(minimumInterval));
    }

    /**
     * Messaging channels take the answer as a reply ("1" / "2"); email and the live chat widget get a link to the
     * survey page (no buttons to tap there, and an email reply is no quick answer). Calls get no survey.
     */
    public static String answerBy(Channel channel) {
        return switch (channel) {
            case EMAIL, LIVE_CHAT -> "LINK";
            case VOICE, VIDEO -> null;
            default -> "REPLY";
        };
    }

    /** A duration given as ISO-8601 ("PT5S", "P7D"), from zero up to {@code max}. */
    public static Duration duration(String field, String text, Duration max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required (an ISO-8601 duration such as PT5M or P7D)");
        }
        Duration duration;
        try {
            duration = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field, "is not a duration in days, hours, minutes or seconds such as PT5M or P7D");
        }
        if (duration.isNegative() || duration.compareTo(max) > 0) {
            throw new InvalidInputException(field, "must be between 0 and " + max.toDays() + " day(s)");
        }
        return duration;
    }

    /** A required text of at most {@code max} characters, stripped. */
    public static String text(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return optionalText(field, text, max);
    }

    /** An optional text: null when blank. */
    public static String optionalText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "must have at most " + max + " characters");
        }
        return stripped;
    }
}
