package io.switchboard.admin.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BotsBeanTest {

    @Test
    void saysTheSessionTimeoutInWords() {
        assertThat(BotsBean.spoken(Duration.ofMinutes(15))).isEqualTo("15 minutes");
        assertThat(BotsBean.spoken(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(BotsBean.spoken(Duration.ofHours(2))).isEqualTo("2 hours");
        assertThat(BotsBean.spoken(Duration.ofSeconds(90))).isEqualTo("90 seconds");
    }
}
