package io.switchboard.sentiment.logic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentLabelTest {

    // The guide: "-1 ; -0,35 - Negative", "-0,35 ; +0,35 - Neutral", "+0,35 ; +1 - Positive" (the edges belong to
    // the outer bands).
    @ParameterizedTest
    @CsvSource({
        "-1, NEGATIVE",
        "-0.5, NEGATIVE",
        "-0.35, NEGATIVE",
        "-0.3549, NEGATIVE",
        "-0.3449, NEUTRAL",
        "-0.34, NEUTRAL",
        "0, NEUTRAL",
        "0.34, NEUTRAL",
        "0.3449, NEUTRAL",
        "0.35, POSITIVE",
        "0.3549, POSITIVE",
        "1, POSITIVE",
        "-7, NEGATIVE",
        "7, POSITIVE"
    })
    void labelsScoresAtTheGuidesThresholds(double score, SentimentLabel label) {
        assertThat(SentimentLabel.of(score)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"NEGATIVE, Negative", "NEUTRAL, Neutral", "POSITIVE, Positive"})
    void readsAsPeopleSayIt(SentimentLabel label, String text) {
        assertThat(label.text()).isEqualTo(text);
    }
}
