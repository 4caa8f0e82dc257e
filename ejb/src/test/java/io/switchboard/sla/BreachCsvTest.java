package io.switchboard.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BreachCsvTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    @DisplayName("\"Once you turn it on, the Short ID will appear in ... Reports\": each row ends with the id shown")
    void eachRowEndsWithTheIdPeopleSee() {
        SlaBreach breach = new SlaBreach(1050, SlaMetric.FIRST_RESPONSE, T0, T0.plusSeconds(700));
        breach.update(T0.plusSeconds(600), null, Duration.ofSeconds(100), "Gold, fast", "Default", 51L, null);

        String csv = BreachCsv.HEADER + BreachCsv.lines(List.of(breach), id -> id == 1050 ? 7 : id);

        assertThat(csv.lines().toList())
                .containsExactly(
                        "conversation_id,metric,policy,severity,queue_id,agent_id,clock_start,due_at,ended_at,"
                                + "breached_by_seconds,display_id",
                        "1050,FIRST_RESPONSE,\"Gold, fast\",Default,51,,2026-11-24T09:00:00Z,2026-11-24T09:10:00Z,,100,7");
    }
}
