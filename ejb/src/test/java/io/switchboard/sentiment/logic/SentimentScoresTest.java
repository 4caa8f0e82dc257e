package io.switchboard.sentiment.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sentiment.logic.SentimentScores.Trend;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentScoresTest {

    @Test
    void noMessagesIsNeutral() {
        assertThat(SentimentScores.conversation(List.of())).isZero();
    }

    @Test
    void oneMessageIsItsOwnScore() {
        assertThat(SentimentScores.conversation(List.of(-0.62))).isEqualTo(-0.62);
    }

    // The guide: "Messages sent later in the conversation have a higher weight since they show the latest sentiment
    // of the customer." The n-th message weighs n.
    @Test
    void laterMessagesWeighMore() {
        // (1 * -0.9 + 2 * 0.6) / 3 = 0.1
        assertThat(SentimentScores.conversation(List.of(-0.9, 0.6))).isEqualTo(0.1);
        // (1 * 0.6 + 2 * -0.9) / 3 = -0.4: the same scores the other way round end Negative
        assertThat(SentimentScores.conversation(List.of(0.6, -0.9))).isEqualTo(-0.4);
        assertThat(SentimentLabel.of(SentimentScores.conversation(List.of(0.6, -0.9))))
                .isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void weighsOneTwoThree() {
        // (1 * 1 + 2 * 0 + 3 * -0.5) / 6 = -0.0833...
        assertThat(SentimentScores.conversation(List.of(1.0, 0.0, -0.5))).isEqualTo(-0.08);
        // (0.2 + 2 * 0.2 + 3 * 0.55) / 6 = 0.375 -> 0.38, Positive
        assertThat(SentimentScores.conversation(List.of(0.2, 0.2, 0.55))).isEqualTo(0.38);
    }

    @Test
    void landsExactlyOnTheThresholdsWithoutFloatingNoise() {
        // (1 * -0.2 + 2 * -0.425) / 3 = -0.35 (in binary: -0.35000000000000003 or so), Negative
        double score = SentimentScores.conversation(List.of(-0.2, -0.425));
        assertThat(score).isEqualTo(-0.35);
        assertThat(SentimentLabel.of(score)).isEqualTo(SentimentLabel.NEGATIVE);
        double positive = SentimentScores.conversation(List.of(0.2, 0.425));
        assertThat(SentimentLabel.of(positive)).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void clampsAndRoundsHalvesAwayFromZero() {
        assertThat(SentimentScores.rounded(1.7)).isEqualTo(1.0);
        assertThat(SentimentScores.rounded(-3)).isEqualTo(-1.0);
        assertThat(SentimentScores.rounded(0.125)).isEqualTo(0.13);
        assertThat(SentimentScores.rounded(-0.125)).isEqualTo(-0.13);
        assertThat(SentimentScores.rounded(Double.NaN)).isZero();
    }

    @Test
    void trendFromTheFirstMessageToNow() {
        assertThat(SentimentScores.trend(-0.6, 0.2)).isEqualTo(Trend.UP);
        assertThat(SentimentScores.trend(0.3, 0.2)).isEqualTo(Trend.DOWN);
        assertThat(SentimentScores.trend(0.3, 0.39)).isEqualTo(Trend.FLAT);
        assertThat(SentimentScores.trend(0.3, 0.4)).isEqualTo(Trend.UP);
        assertThat(SentimentScores.trend(0.3, 0.2)).isEqualTo(Trend.DOWN);
    }
}
