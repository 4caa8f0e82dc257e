package io.switchboard.sentiment.logic;

/** The guide's three bands of a score: Negative from -1 to -0.35, Neutral between, Positive from +0.35 to +1. */
public enum SentimentLabel {
    NEGATIVE("Negative"),
    NEUTRAL("Neutral"),
    POSITIVE("Positive");

    /** The band edges; a score exactly on one belongs to the outer band (-0.35 is Negative, +0.35 Positive). */
    public static final double NEGATIVE_AT_MOST = -0.35;

    public static final double POSITIVE_AT_LEAST = 0.35;

    private final String text;

    SentimentLabel(String text) {
        this.text = text;
    }

    /** The label of a score (rounded to two decimals first, as people see it). */
    public static SentimentLabel of(double score) {
        double shown = SentimentScores.rounded(score);
        if (shown <= NEGATIVE_AT_MOST) {
            return NEGATIVE;
        }
        return shown >= POSITIVE_AT_LEAST ? POSITIVE : NEUTRAL;
    }

    /** The label as people read it. */
    public String text() {
        return text;
    }
}
