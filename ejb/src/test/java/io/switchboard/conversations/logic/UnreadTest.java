package io.switchboard.conversations.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnreadTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aCustomerMessageNeverShownIsUnread() {
        assertThat(Unread.of(NINE, null)).isTrue();
    }

    @Test
    void aCustomerMessageNewerThanWhatTheAgentReadIsUnread() {
        assertThat(Unread.of(NINE.plusSeconds(1), NINE)).isTrue();
    }

    @Test
    void readUpToTheCustomersLastMessageOrLaterIsRead() {
        assertThat(Unread.of(NINE, NINE)).isFalse();
        // The agent's own reply after it moved the mark on: still read.
        assertThat(Unread.of(NINE, NINE.plusSeconds(60))).isFalse();
    }

    @Test
    void withoutACustomerMessageThereIsNothingToRead() {
        // An outbound conversation the agent started: no dot before the customer answers.
        assertThat(Unread.of(null, null)).isFalse();
        assertThat(Unread.of(null, NINE)).isFalse();
    }
}
