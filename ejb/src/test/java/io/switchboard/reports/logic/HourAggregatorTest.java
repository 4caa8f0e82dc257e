package io.switchboard.reports.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.reports.Measure;
import io.switchboard.reports.logic.HourAggregator.Fact;
import io.switchboard.reports.logic.HourAggregator.Key;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourAggregatorTest {

    private static Key key(Measure measure, long tag) {
        return new Key(measure, 1L, "SMS", "NORMAL", tag, null, null, null, null, null);
    }

    @Test
    void aConversationCountsOnceOverAllAndOnceUnderEachOfItsTags() {
        HourAggregator hour = new HourAggregator();
        hour.add(Fact.of(Measure.CREATED, 1L, "SMS", "NORMAL", List.of(7L, 8L)));
        hour.add(Fact.of(Measure.CREATED, 1L, "SMS", "NORMAL", null));
        assertEquals(2, hour.cells().get(key(Measure.CREATED, 0)).count());
        assertEquals(1, hour.cells().get(key(Measure.CREATED, 7)).count());
        assertEquals(1, hour.cells().get(key(Measure.CREATED, 8)).count());
    }

    @Test
    void durationsGoIntoTheHistogram() {
        HourAggregator hour = new HourAggregator();
        hour.add(Fact.of(Measure.FIRST_RESPONSE, 1L, "SMS", "NORMAL", List.of()).withSeconds(400));
        hour.add(Fact.of(Measure.FIRST_RESPONSE, 1L, "SMS", "NORMAL", List.of()).withSeconds(20));
        Histogram cell = hour.cells().get(key(Measure.FIRST_RESPONSE, 0));
        assertEquals(2, cell.count());
        assertEquals(420, cell.totalSeconds());
        assertEquals(1, cell.buckets()[0]);
        assertEquals(1, cell.buckets()[5]);
        assertThrows(
                IllegalArgumentException.class,
                () -> hour.add(Fact.of(Measure.RESOLUTION, 1L, "SMS", "NORMAL", List.of())));
    }

    @Test
    void slaOutcomesAndAgentsAreTheirOwnCells() {
        HourAggregator hour = new HourAggregator();
        hour.add(Fact.of(Measure.SLA_MET, 1L, "SMS", "NORMAL", List.of()).withSla("Gold", "Default", "FIRST_RESPONSE"));
        hour.add(Fact.of(Measure.SLA_MET, 1L, "SMS", "NORMAL", List.of()).withSla("Gold", "Default", "RESOLUTION"));
        hour.add(Fact.of(Measure.HANDLED, 1L, "SMS", "NORMAL", List.of()).withAgent(5L));
        assertEquals(3, hour.cells().size());
        assertEquals(
                1,
                hour.cells()
                        .get(new Key(Measure.HANDLED, 1L, "SMS", "NORMAL", 0, 5L, null, null, null, null))
                        .count());
    }

    @Test
    void messageScoresAddUpInThousandthsInOneCell() {
        HourAggregator hour = new HourAggregator();
        hour.addScore(0.01);
        hour.addScore(0.02);
        hour.addScore(-0.35);
        Histogram cell =
                hour.cells().get(new Key(Measure.MESSAGE_SCORE, null, null, null, 0, null, null, null, null, null));
        assertEquals(3, cell.count());
        assertEquals(-320, cell.totalSeconds());
        assertEquals(1, hour.cells().size());
    }

    @Test
    void surveyAnswersCountPerAssigneeAndTag() {
        HourAggregator hour = new HourAggregator();
        hour.add(Fact.of(Measure.HAPPY, 1L, "SMS", "NORMAL", List.of(7L)).withAgent(5L));
        hour.add(Fact.of(Measure.NOT_HAPPY, 1L, "SMS", "NORMAL", List.of()).withAgent(null));
        assertEquals(
                1,
                hour.cells()
                        .get(new Key(Measure.HAPPY, 1L, "SMS", "NORMAL", 7, 5L, null, null, null, null))
                        .count());
        assertEquals(
                1,
                hour.cells()
                        .get(new Key(Measure.NOT_HAPPY, 1L, "SMS", "NORMAL", 0, null, null, null, null, null))
                        .count());
    }

    @Test
    void aConversationsSentimentLabelIsADimension() {
        HourAggregator hour = new HourAggregator();
        hour.add(Fact.of(Measure.CREATED, 1L, "SMS", "NORMAL", List.of()).withSentiment("NEGATIVE"));
        hour.add(Fact.of(Measure.CREATED, 1L, "SMS", "NORMAL", List.of()).withSentiment("NEGATIVE"));
        hour.add(Fact.of(Measure.CREATED, 1L, "SMS", "NORMAL", List.of()));
        assertEquals(
                2,
                hour.cells()
                        .get(new Key(Measure.CREATED, 1L, "SMS", "NORMAL", 0, null, null, null, null, "NEGATIVE"))
                        .count());
        assertEquals(1, hour.cells().get(key(Measure.CREATED, 0)).count());
    }
}
