package io.switchboard.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sentiment.logic.SentimentLabel;
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
                "Clothing: Shirts",
                SentimentLabel.NEGATIVE);
        assertThat(BreachFilter.of(filter.toProperties())).isEqualTo(filter);
        assertThat(filter.describe())
                .contains("metric=RESOLUTION")
                .contains("sentiment=NEGATIVE")
                .contains("form=3")
                .contains("field=11");
    }

    @Test
    void sentimentNarrowsAFilterAndKeepsTheRest() {
        BreachFilter queue = new BreachFilter(7L, null, null, null, null, null);
        BreachFilter positive = queue.withSentiment(SentimentLabel.POSITIVE);
        assertThat(positive.queueId()).isEqualTo(7L);
        assertThat(positive.sentiment()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(positive.toProperties()).containsEntry("sentiment", "POSITIVE");
        assertThat(queue.withSentiment(null)).isEqualTo(queue);
    }

    @Test
    void anEmptyFilterHasNoParameters() {
        BreachFilter none = new BreachFilter(null, null, null, null, null, null);
        assertThat(none.toProperties()).isEmpty();
        assertThat(BreachFilter.of(none.toProperties())).isEqualTo(none);
    }
}
