package io.switchboard.settings.logic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecentValuesTest {

    private static final long SECOND = 1_000_000_000L;

    private final RecentValues values = new RecentValues();

    @Test
    @DisplayName("a value stands for less than a second")
    void standsUnderASecond() {
        values.put(values.ticket(), "occupancy.WAITING", "true", 10);
        assertThat(values.get("occupancy.WAITING", 10 + SECOND - 1)).contains("true");
        assertThat(values.get("occupancy.WAITING", 10 + SECOND)).isEmpty();
    }

    @Test
    @DisplayName("a change on this instance forgets every value at once")
    void changeForgetsAll() {
        values.put(values.ticket(), "a", "1", 0);
        values.put(values.ticket(), "b", "2", 0);
        values.forgetAll();
        assertThat(values.get("a", 1)).isEmpty();
        assertThat(values.get("b", 1)).isEmpty();
    }

    @Test
    @DisplayName("a read that a change overtook is not kept")
    void overtakenReadNotKept() {
        long ticket = values.ticket();
        values.forgetAll();
        values.put(ticket, "a", "old", 0);
        assertThat(values.get("a", 1)).isEmpty();
    }
}
