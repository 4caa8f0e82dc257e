package io.switchboard.surveys;

import java.time.Duration;

/**
 * The survey setting as the API and the admin read and write it. {@code followUpQuestion} null: no follow-up is
 * asked.
 */
public record SurveySettings(
        boolean enabled,
        String delay,
        String minimumInterval,
        String satisfactionQuestion,
        String resolvedQuestion,
        String happyLabel,
        String notHappyLabel,
        String followUpQuestion) {

    public Duration delayDuration() {
        return Duration.parse(delay);
    }

    public Duration minimumIntervalDuration() {
        return Duration.parse(minimumInterval);
    }

    /** The label a customer read for a score. */
    public String labelOf(String score) {
        return "HAPPY".equals(score) ? happyLabel : notHappyLabel;
    }
}
