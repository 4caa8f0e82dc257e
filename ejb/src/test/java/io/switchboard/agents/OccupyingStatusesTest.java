package io.switchboard.agents;

import static io.switchboard.conversations.ConversationStatus.CLOSED;
import static io.switchboard.conversations.ConversationStatus.OPEN;
import static io.switchboard.conversations.ConversationStatus.SOLVED;
import static io.switchboard.conversations.ConversationStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OccupyingStatusesTest {

    @Test
    void byDefaultEveryStatusButClosedOccupies() {
        assertThat(OccupyingStatuses.DEFAULT.statuses()).containsExactlyInAnyOrder(OPEN, WAITING, SOLVED);
    }

    @Test
    void openAlwaysOccupiesAndClosedNever() {
        OccupyingStatuses none = new OccupyingStatuses(false, false);
        assertThat(none.statuses()).containsExactly(OPEN);
        assertThat(none.occupies(CLOSED)).isFalse();
    }

    @Test
    void waitingAndSolvedCanBeExcludedSeparately() {
        assertThat(new OccupyingStatuses(false, true).statuses()).containsExactlyInAnyOrder(OPEN, SOLVED);
        assertThat(new OccupyingStatuses(true, false).statuses()).containsExactlyInAnyOrder(OPEN, WAITING);
    }
}
