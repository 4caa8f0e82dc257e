package io.switchboard.voice.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.voice.logic.VoiceFigures.Answer;
import io.switchboard.voice.logic.VoiceFigures.CsatGroup;
import io.switchboard.voice.logic.VoiceFigures.CsatPoint;
import io.switchboard.voice.logic.VoiceFigures.Key;
import io.switchboard.voice.logic.VoiceFigures.Scored;
import io.switchboard.voice.logic.VoiceFigures.SentimentPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoiceFiguresTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ReportRange RANGE =
            new ReportRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4), NEW_YORK);
    private static final Key SUPPORT = new Key(1L, "Support");
    private static final Key BILLING = new Key(2L, "Billing");
    private static final Key ANA = new Key(10L, "Ana");
    private static final Key VIP = new Key(null, "vip");

    private static Answer answer(String at, boolean happy, Key queue, Key agent, Key... tags) {
        return new Answer(Instant.parse(at), happy, queue, agent, List.of(tags));
    }

    private static final List<Answer> ANSWERS = List.of(
            answer("2026-11-02T15:00:00Z", true, SUPPORT, ANA, VIP),
            answer("2026-11-02T16:00:00Z", false, SUPPORT, ANA),
            // 02:00 UTC on 3 November is still 2 November in New York.
            answer("2026-11-03T02:00:00Z", true, BILLING, null, VIP),
            answer("2026-11-04T12:00:00Z", true, SUPPORT, null),
            // Outside: before the range starts and after it ends in New York.
            answer("2026-11-02T04:59:00Z", false, SUPPORT, ANA),
            answer("2026-11-05T05:00:00Z", false, SUPPORT, ANA));

    @Test
    void happyShareIsTheHappyAnswersOverAllAnswers() {
        assertThat(new Csat(2, 1).happyPercent()).isEqualTo(66.7);
        assertThat(new Csat(1, 0).happyPercent()).isEqualTo(100.0);
        assertThat(new Csat(0, 3).happyPercent()).isEqualTo(0.0);
        assertThat(Csat.NONE.happyPercent()).isNull();
        assertThat(VoiceFigures.csat(ANSWERS, RANGE)).isEqualTo(new Csat(3, 1));
    }

    @Test
    void csatPerDayInTheAccountsZoneWithEveryDayPresent() {
        assertThat(VoiceFigures.csatOverTime(ANSWERS, RANGE, Bucketing.DAY))
                .containsExactly(
                        new CsatPoint(LocalDate.of(2026, 11, 2), new Csat(2, 1)),
                        new CsatPoint(LocalDate.of(2026, 11, 3), Csat.NONE),
                        new CsatPoint(LocalDate.of(2026, 11, 4), new Csat(1, 0)));
        assertThat(VoiceFigures.csatOverTime(ANSWERS, RANGE, Bucketing.WEEK))
                .containsExactly(new CsatPoint(LocalDate.of(2026, 11, 2), new Csat(3, 1)));
    }

    @Test
    void csatByQueueAgentAndTagWithTheMostAnswersFirst() {
        assertThat(VoiceFigures.byQueue(ANSWERS, RANGE))
                .containsExactly(new CsatGroup(SUPPORT, new Csat(2, 1)), new CsatGroup(BILLING, new Csat(1, 0)));
        assertThat(VoiceFigures.byAgent(ANSWERS, RANGE))
                .containsExactly(
                        new CsatGroup(ANA, new Csat(1, 1)), new CsatGroup(VoiceFigures.UNASSIGNED, new Csat(2, 0)));
        // Untagged conversations count for no tag.
        assertThat(VoiceFigures.byTag(ANSWERS, RANGE)).containsExactly(new CsatGroup(VIP, new Csat(2, 0)));
    }

    @Test
    void sentimentTrendIsTheMeanMessageScorePerDay() {
        List<SentimentPoint> trend = VoiceFigures.sentimentTrend(
                List.of(
                        new Scored(Instant.parse("2026-11-02T15:00:00Z"), -0.5),
                        new Scored(Instant.parse("2026-11-02T18:00:00Z"), 0.2),
                        new Scored(Instant.parse("2026-11-04T15:00:00Z"), 0.8),
                        new Scored(Instant.parse("2026-11-05T15:00:00Z"), -1.0)),
                RANGE,
                Bucketing.DAY);
        assertThat(trend)
                .containsExactly(
                        new SentimentPoint(LocalDate.of(2026, 11, 2), 2, -0.15),
                        new SentimentPoint(LocalDate.of(2026, 11, 3), 0, null),
                        new SentimentPoint(LocalDate.of(2026, 11, 4), 1, 0.8));
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
