package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadMarkTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void theMarkOnlyMovesForward() {
        ReadMark mark = new ReadMark(1, 2, NINE);
        mark.readUpTo(NINE.plusSeconds(30));
        assertThat(mark.getReadUpTo()).isEqualTo(NINE.plusSeconds(30));
        // An older view (another tab, a late refresh) does not unread what was seen.
        mark.readUpTo(NINE);
        mark.readUpTo(null);
        assertThat(mark.getReadUpTo()).isEqualTo(NINE.plusSeconds(30));
    }

    @Test
    void oneMarkPerAgentAndConversation() {
        assertThat(new ReadMark.Key(1L, 2L)).isEqualTo(new ReadMark.Key(1L, 2L)).isNotEqualTo(new ReadMark.Key(2L, 1L));
        assertThat(new ReadMark.Key(1L, 2L)).hasSameHashCodeAs(new ReadMark.Key(1L, 2L));
    }
}
