package io.switchboard.dashboard.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueueOccupancyTest {

    @Test
    void meanOfTheAgentsWhoCanWork() {
        assertThat(QueueOccupancy.percent(List.of(50.0, 100.0, 0.0))).isEqualTo(50.0);
    }

    @Test
    void roundedToOneDecimal() {
        assertThat(QueueOccupancy.percent(List.of(33.3, 33.4, 33.4))).isEqualTo(33.4);
    }

    @Test
    void zeroWhenNobodyCanWork() {
        assertThat(QueueOccupancy.percent(List.of())).isZero();
    }
}
