package io.switchboard.surveys.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.channels.Channel;
import io.switchboard.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SurveyRulesTest {

    private static final Instant SENT = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    /**
     * Guide: "This period starts after one survey has been sent to the customer. A new survey cannot be sent before
     * this period elapses."
     */
    @Test
    void aNewSurveyWaitsUntilTheMinimumIntervalSinceTheLastHasPassed() {
        assertThat(SurveyRules.mayReceive(null, WEEK, SENT)).isTrue();
        assertThat(SurveyRules.mayReceive(SENT, WEEK, SENT.plusSeconds(1))).isFalse();
        assertThat(SurveyRules.mayReceive(SENT, WEEK, SENT.plus(WEEK).minusSeconds(1)))
                .isFalse();
        assertThat(SurveyRules.mayReceive(SENT, WEEK, SENT.plus(WEEK))).isTrue();
        assertThat(SurveyRules.mayReceive(SENT, Duration.ZERO, SENT)).isTrue();
    }

    @Test
    void messagingChannelsAnswerByReplyEmailAndChatByLinkCallsNot() {
        assertThat(SurveyRules.answerBy(Channel.SMS)).isEqualTo("REPLY");
        assertThat(SurveyRules.answerBy(Channel.WHATSAPP)).isEqualTo("REPLY");
        assertThat(SurveyRules.answerBy(Channel.EMAIL)).isEqualTo("LINK");
        assertThat(SurveyRules.answerBy(Channel.LIVE_CHAT)).isEqualTo("LINK");
        assertThat(SurveyRules.answerBy(Channel.VOICE)).isNull();
        assertThat(SurveyRules.answerBy(Channel.VIDEO)).isNull();
    }

    @Test
    void durationsAreIsoBetweenZeroAndTheirMaximum() {
        assertThat(SurveyRules.duration("delay", "PT5S", SurveyRules.MAX_DELAY)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SurveyRules.duration("minimumInterval", "P7D", SurveyRules.MAX_INTERVAL))
                .isEqualTo(Duration.ofDays(7));
        assertThat(SurveyRules.duration("delay", "PT0S", SurveyRules.MAX_DELAY)).isZero();
        for (String bad : new String[] {null, "", "soon", "P1M", "-PT5S", "P2D"}) {
            assertThatThrownBy(() -> SurveyRules.duration("delay", bad, SurveyRules.MAX_DELAY))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).getField())
                    .isEqualTo("delay");
        }
    }

    @Test
    void textsAreRequiredAndBounded() {
        assertThat(SurveyRules.text("happyLabel", "  Happy ", 100)).isEqualTo("Happy");
        assertThat(SurveyRules.optionalText("followUpQuestion", "  ", 500)).isNull();
        assertThatThrownBy(() -> SurveyRules.text("happyLabel", " ", 100)).hasMessageStartingWith("happyLabel");
        assertThatThrownBy(() -> SurveyRules.optionalText("followUpQuestion", "x".repeat(501), 500))
                .hasMessageStartingWith("followUpQuestion");
    }
}
