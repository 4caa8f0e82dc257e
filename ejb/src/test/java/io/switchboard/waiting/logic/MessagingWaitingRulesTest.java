package io.switchboard.waiting.logic;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.waiting.WaitingStrategy;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class MessagingWaitingRulesTest {

    private static WaitingStrategy.Messages of(
            boolean welcome,
            String welcomeText,
            boolean announcement,
            String announcementText,
            Integer every,
            Integer maxCount,
            boolean maxWait,
            String maxWaitText,
            Integer minutes) {
        return new WaitingStrategy.Messages(
                welcome, welcomeText, announcement, announcementText, every, maxCount, maxWait, maxWaitText, minutes);
    }

    private static void refused(ThrowableAssert.ThrowingCallable check, String field) {
        assertThatThrownBy(check)
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).getField())
                .isEqualTo(field);
    }

    @Test
    void acceptsEachMessageAloneAndTheLimits() {
        assertThatCode(() -> MessagingWaitingRules.check(of(true, "Hi", false, null, null, null, false, null, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> MessagingWaitingRules.check(of(false, null, true, "Still here", 1, 60, false, null, null)))
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        MessagingWaitingRules.check(of(false, null, true, "Still here", 60, null, true, "Bye", 60)))
                .doesNotThrowAnyException();
        assertThatCode(() -> MessagingWaitingRules.check(of(false, null, false, null, null, null, true, "Bye", 1)))
                .doesNotThrowAnyException();
    }

    @Test
    void needsAtLeastOneMessage() {
        refused(
                () -> MessagingWaitingRules.check(of(false, "Hi", false, "x", 5, null, false, "Bye", 10)),
                "welcome.enabled");
    }

    @Test
    void enabledMessagesNeedText() {
        refused(
                () -> MessagingWaitingRules.check(of(true, " ", false, null, null, null, false, null, null)),
                "welcome.text");
        refused(
                () -> MessagingWaitingRules.check(of(false, null, true, null, 5, null, false, null, null)),
                "announcement.text");
        refused(
                () -> MessagingWaitingRules.check(of(false, null, false, null, null, null, true, "", 5)),
                "maxWait.text");
        refused(
                () -> MessagingWaitingRules.check(
                        of(true, "x".repeat(2001), false, null, null, null, false, null, null)),
                "welcome.text");
    }

    @Test
    void intervalIsAtLeastOneMinuteAndAtMostAnHour() {
        refused(
                () -> MessagingWaitingRules.check(of(false, null, true, "x", 0, null, false, null, null)),
                "announcement.everyMinutes");
        refused(
                () -> MessagingWaitingRules.check(of(false, null, true, "x", 61, null, false, null, null)),
                "announcement.everyMinutes");
        refused(
                () -> MessagingWaitingRules.check(of(false, null, true, "x", null, null, false, null, null)),
                "announcement.everyMinutes");
    }

    @Test
    void atMostSixtyAnnouncements() {
        refused(
                () -> MessagingWaitingRules.check(of(false, null, true, "x", 1, 61, false, null, null)),
                "announcement.maxCount");
        refused(
                () -> MessagingWaitingRules.check(of(false, null, true, "x", 1, 0, false, null, null)),
                "announcement.maxCount");
    }

    @Test
    void maximumWaitIsAtMostSixtyMinutes() {
        refused(
                () -> MessagingWaitingRules.check(of(false, null, false, null, null, null, true, "Bye", 61)),
                "maxWait.minutes");
        refused(
                () -> MessagingWaitingRules.check(of(false, null, false, null, null, null, true, "Bye", 0)),
                "maxWait.minutes");
        refused(
                () -> MessagingWaitingRules.check(of(false, null, false, null, null, null, true, "Bye", null)),
                "maxWait.minutes");
    }

    @Test
    void disabledMessagesAreNotChecked() {
        assertThatCode(() -> MessagingWaitingRules.check(of(true, "Hi", false, null, 0, 99, false, null, 500)))
                .doesNotThrowAnyException();
    }
}
