package io.switchboard.voice.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.voice.logic.VoiceFigures.CsatGroup;
import io.switchboard.voice.logic.VoiceFigures.CsatPoint;
import io.switchboard.voice.logic.VoiceFigures.Key;
import io.switchboard.voice.logic.VoiceFigures.Scores;
import io.switchboard.voice.logic.VoiceFigures.SentimentPoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoiceFiguresTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);
    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);
    private static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);
    private static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);
    private static final ReportRange RANGE = new ReportRange(NOV_2, NOV_4, NEW_YORK);
    private static final Key SUPPORT = new Key(1L, "Support");
    private static final Key BILLING = new Key(2L, "billing");
    private static final Key ANA = new Key(10L, "Ana");

    /** CSAT per day, with a day before and after the range that must not count. */
    private static final Map<LocalDate, Csat> PER_DAY =
            Map.of(NOV_1, new Csat(0, 1), NOV_2, new Csat(3, 1), NOV_4, new Csat(1, 0), NOV_5, new Csat(0, 1));

    @Test
    void happyShareIsTheHappyAnswersOverAllAnswers() {
        assertThat(new Csat(2, 1).happyPercent()).isEqualTo(66.7);
        assertThat(new Csat(1, 0).happyPercent()).isEqualTo(100.0);
        assertThat(new Csat(0, 3).happyPercent()).isEqualTo(0.0);
        assertThat(Csat.NONE.happyPercent()).isNull();
        assertThat(VoiceFigures.csat(PER_DAY, RANGE)).isEqualTo(new Csat(4, 1));
    }

    @Test
    void csatPerDayOfTheRangeWithEveryDayPresentAndPerWeek() {
        assertThat(VoiceFigures.csatOverTime(PER_DAY, RANGE, Bucketing.DAY))
                .containsExactly(
                        new CsatPoint(NOV_2, new Csat(3, 1)),
                        new CsatPoint(NOV_3, Csat.NONE),
                        new CsatPoint(NOV_4, new Csat(1, 0)));
        // 2 November 2026 is a Monday: one week, the days outside the range left out.
        assertThat(VoiceFigures.csatOverTime(PER_DAY, RANGE, Bucketing.WEEK))
                .containsExactly(new CsatPoint(NOV_2, new Csat(4, 1)));
    }

    @Test
    void groupsWithTheMostAnswersFirstThenByNameAndEmptyOnesLeftOut() {
        Map<Key, Csat> byKey = new LinkedHashMap<>();
        byKey.put(ANA, new Csat(1, 1));
        byKey.put(SUPPORT, new Csat(2, 1));
        byKey.put(BILLING, new Csat(0, 2));
        byKey.put(VoiceFigures.UNASSIGNED, Csat.NONE);
        assertThat(VoiceFigures.groups(byKey))
                .containsExactly(
                        new CsatGroup(SUPPORT, new Csat(2, 1)),
                        new CsatGroup(ANA, new Csat(1, 1)),
                        new CsatGroup(BILLING, new Csat(0, 2)));
    }

    @Test
    void sentimentTrendIsTheMeanMessageScorePerDay() {
        List<SentimentPoint> trend = VoiceFigures.sentimentTrend(
                Map.of(NOV_2, new Scores(2, -300), NOV_4, new Scores(1, 800), NOV_5, new Scores(1, -1000)),
                RANGE,
                Bucketing.DAY);
        assertThat(trend)
                .containsExactly(
                        new SentimentPoint(NOV_2, 2, -0.15),
                        new SentimentPoint(NOV_3, 0, null),
                        new SentimentPoint(NOV_4, 1, 0.8));
    }

    @Test
    void meanScoreRoundsHalvesAwayFromZeroExactly() {
        // 0.01 and 0.02: 0.015 exactly, which a sum of doubles may put just below or above the half.
        assertThat(VoiceFigures.meanScore(2, 30)).isEqualTo(0.02);
        assertThat(VoiceFigures.meanScore(2, -30)).isEqualTo(-0.02);
        assertThat(VoiceFigures.meanScore(3, 1000)).isEqualTo(0.33);
        assertThat(VoiceFigures.meanScore(0, 0)).isNull();
    }

    @Test
    void distributionNamesEveryLabel() {
        assertThat(VoiceFigures.distribution(Map.of("NEGATIVE", 3L, "POSITIVE", 1L)))
                .containsExactly(
                        Map.entry(SentimentLabel.NEGATIVE, 3L),
                        Map.entry(SentimentLabel.NEUTRAL, 0L),
                        Map.entry(SentimentLabel.POSITIVE, 1L));
    }
}
