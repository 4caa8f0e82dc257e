package io.switchboard.bots.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BotRulesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void readsSessionTimeoutAsIsoDuration() {
        assertThat(BotRules.sessionTimeout("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(BotRules.sessionTimeout(" P1D ")).isEqualTo(Duration.ofDays(1));
        assertThat(BotRules.sessionTimeout(null)).isNull();
        assertThat(BotRules.sessionTimeout("  ")).isNull();
    }

    @Test
    void refusesTimeoutsThatAreNotDurationsOrOutOfBounds() {
        assertThatThrownBy(() -> BotRules.sessionTimeout("15 minutes"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PT15M");
        assertThatThrownBy(() -> BotRules.sessionTimeout("PT0S")).hasMessageContaining("at least 1 second");
        assertThatThrownBy(() -> BotRules.sessionTimeout("-PT5M")).hasMessageContaining("at least 1 second");
        assertThatThrownBy(() -> BotRules.sessionTimeout("P31D")).hasMessageContaining("at most 30 days");
        assertThat(((InvalidInputException) catchInvalid("P31D")).getField()).isEqualTo("sessionTimeout");
    }

    @Test
    void refusesBlankAndOverlongNames() {
        assertThat(BotRules.name("  Order bot ")).isEqualTo("Order bot");
        assertThatThrownBy(() -> BotRules.name(" ")).hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> BotRules.name("x".repeat(201))).hasMessageContaining("at most 200");
    }

    /** Guide: "the bot conversation session will expire if there are no messages exchanged by the end user". */
    @Test
    void sessionExpiresOnceTheTimeoutPassedSinceTheCustomersLastMessage() {
        Duration fifteen = Duration.ofMinutes(15);
        assertThat(BotRules.expired(T0, fifteen, T0.plusSeconds(899))).isFalse();
        assertThat(BotRules.expired(T0, fifteen, T0.plusSeconds(900))).isTrue();
        assertThat(BotRules.expired(T0, null, T0.plus(Duration.ofDays(400)))).isFalse();
        assertThat(BotRules.expiresAt(T0, fifteen)).isEqualTo(T0.plusSeconds(900));
    }

    /**
     * Guide: "If checked, messages exchanged between the customer and the bot will be visible to agents after they
     * take over the conversation. Otherwise, the Agent will not be able to view messages exchanged between the
     * customer and bot."
     */
    @Test
    void hiddenHistoryShowsAgentsOnlyWhatCameAfterTheHandOver() {
        Instant handover = T0.plusSeconds(60);
        assertThat(BotRules.visibleToAgent(T0, true, handover)).isTrue();
        assertThat(BotRules.visibleToAgent(T0, false, handover)).isFalse();
        assertThat(BotRules.visibleToAgent(handover, false, handover)).isFalse();
        assertThat(BotRules.visibleToAgent(handover.plusMillis(1), false, handover))
                .isTrue();
        assertThat(BotRules.visibleToAgent(T0, false, null)).isFalse();
    }

    private static RuntimeException catchInvalid(String text) {
        try {
            BotRules.sessionTimeout(text);
            throw new AssertionError("accepted " + text);
        } catch (InvalidInputException e) {
            return e;
        }
    }
}
