package io.switchboard.sentiment.logic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageScorerTest {

    private final MessageScorer scorer = new MessageScorer();

    @Test
    void scoresAnAngryCustomerNegative() {
        double score = scorer.score("This is terrible. My order is late again and nobody answers, I am really angry!")
                .getAsDouble();
        assertThat(SentimentLabel.of(score)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score).isBetween(-1.0, -0.35);
    }

    @Test
    void scoresAThankfulCustomerPositive() {
        double score = scorer.score("Thank you so much, great help, everything works now :)")
                .getAsDouble();
        assertThat(SentimentLabel.of(score)).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void scoresAPlainQuestionNeutral() {
        double score =
                scorer.score("What is the tracking number of order 1234?").getAsDouble();
        assertThat(SentimentLabel.of(score)).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void understandsNegation() {
        assertThat(scorer.score("The new router is good").getAsDouble()).isPositive();
        assertThat(scorer.score("The new router is not good").getAsDouble()).isNegative();
    }

    @Test
    void givesNoScoreToTextsWithoutWords() {
        assertThat(scorer.score(null)).isEmpty();
        assertThat(scorer.score("")).isEmpty();
        assertThat(scorer.score("  1234 ?! ")).isEmpty();
    }

    @Test
    void scoresOnlyTheStartOfAVeryLongText() {
        String longText = "I love it. " + "x ".repeat(5_000) + "I hate it, awful, terrible, worst ever!";
        assertThat(scorer.score(longText).getAsDouble()).isPositive();
    }

    @Test
    void roundsToTwoDecimals() {
        double score = scorer.score("Thanks, that helps a bit").getAsDouble();
        assertThat(score * 100).isEqualTo(Math.rint(score * 100));
    }
}
