package io.switchboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.reports.Slice.Dimension;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SliceTest {

    @Test
    void aQueryGroupingOrFilteringByOneDimensionReadsTheSliceKeepingIt() {
        assertThat(Slice.smallestKeeping(Set.of())).isEqualTo(Slice.TOTAL);
        assertThat(Slice.smallestKeeping(Set.of(Dimension.QUEUE))).isEqualTo(Slice.QUEUE);
        assertThat(Slice.smallestKeeping(Set.of(Dimension.CHANNEL))).isEqualTo(Slice.CHANNEL);
        assertThat(Slice.smallestKeeping(Set.of(Dimension.PRIORITY))).isEqualTo(Slice.PRIORITY);
        assertThat(Slice.smallestKeeping(Set.of(Dimension.AGENT))).isEqualTo(Slice.AGENT);
        assertThat(Slice.smallestKeeping(Set.of(Dimension.SENTIMENT))).isEqualTo(Slice.SENTIMENT);
    }

    @Test
    void theSentimentFilterKeepsTheOneDimensionSlicesWithTheLabel() {
        assertThat(Slice.smallestKeeping(EnumSet.of(Dimension.QUEUE, Dimension.SENTIMENT)))
                .isEqualTo(Slice.QUEUE_SENTIMENT);
        assertThat(Slice.smallestKeeping(EnumSet.of(Dimension.AGENT, Dimension.SENTIMENT)))
                .isEqualTo(Slice.AGENT_SENTIMENT);
    }

    @Test
    void twoOrMoreOtherDimensionsNeedEveryCombination() {
        assertThat(Slice.smallestKeeping(EnumSet.of(Dimension.QUEUE, Dimension.CHANNEL)))
                .isEqualTo(Slice.ALL);
        assertThat(Slice.smallestKeeping(EnumSet.of(Dimension.QUEUE, Dimension.CHANNEL, Dimension.SENTIMENT)))
                .isEqualTo(Slice.ALL);
        assertThat(Slice.smallestKeeping(EnumSet.allOf(Dimension.class))).isEqualTo(Slice.ALL);
    }

    @Test
    void everySliceIsTheSmallestForWhatItKeeps() {
        for (Slice slice : Slice.values()) {
            assertThat(Slice.smallestKeeping(slice.kept())).isEqualTo(slice);
        }
    }
}
