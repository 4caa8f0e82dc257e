package io.switchboard.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BreachFilterTest {

    @Test
    void everyCriterionSurvivesTheBatchJobsParameters() {
        BreachFilter filter = new BreachFilter(
                7L,
                9L,
                "Urgent",
                SlaMetric.RESOLUTION,
                Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"),
                3L,
                11L,
                "Clothing: Shirts");
        assertThat(BreachFilter.of(filter.toProperties())).isEqualTo(filter);
        assertThat(filter.describe())
                .contains("metric=RESOLUTION")
                .contains("form=3")
                .contains("field=11");
    }

    @Test
    void anEmptyFilterHasNoParameters() {
        BreachFilter none = new BreachFilter(null, null, null, null, null, null);
        assertThat(none.toProperties()).isEmpty();
        assertThat(BreachFilter.of(none.toProperties())).isEqualTo(none);
    }
}
