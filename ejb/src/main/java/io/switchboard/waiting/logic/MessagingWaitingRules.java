package io.switchboard.waiting.logic;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.waiting.WaitingStrategy;

/**
 * The guide's rules for a messaging waiting strategy, checked before it is stored: at least one message enabled;
 * an enabled message has a text; announcements every N minutes with N from 1 to 60, at most K of them with K from
 * 1 to 60 (nothing is sent after one hour, so 60 is the most there can be); the maximum wait from 1 to 60 minutes.
 * Field names are the API's.
 */
public final class MessagingWaitingRules {

    /** Nothing is sent after one hour of waiting: 60 strategy minutes. */
    public static final int HOUR = 60;

    static final int MAX_TEXT = 2000;

    private MessagingWaitingRules() {}

    public static void check(WaitingStrategy.Messages messages) {
        if (!messages.welcomeEnabled() && !messages.announcementEnabled() && !messages.maxWaitEnabled()) {
            throw new InvalidInputException(
                    "welcome.enabled", "enable at least one message: welcome, announcement or maximum wait time");
        }
        if (messages.welcomeEnabled()) {
            text("welcome.text", messages.welcomeText());
        }
        if (messages.announcementEnabled()) {
            text("announcement.text", messages.announcementText());
            range("announcement.everyMinutes", messages.announcementEvery(), true);
            range("announcement.maxCount", messages.announcementMaxCount(), false);
        }
        if (messages.maxWaitEnabled()) {
            text("maxWait.text", messages.maxWaitText());
            range("maxWait.minutes", messages.maxWait(), true);
        }
    }

    private static void text(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "must not be blank when the message is enabled");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "must be at most " + MAX_TEXT + " characters");
        }
    }

    private static void range(String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidInputException(field, "is required when the message is enabled");
            }
            return;
        }
        if (value < 1 || value > HOUR) {
            throw new InvalidInputException(field, "must be between 1 and " + HOUR);
        }
    }
}
