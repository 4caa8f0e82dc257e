package io.switchboard.sentiment.logic;

import java.util.List;

/**
 * A conversation's score from its customer messages' scores: a weighted average in which the n-th message weighs n
 * (1, 2, 3...), so later messages count more (the guide: they "show the latest sentiment of the customer"), and the
 * latest of ten messages weighs as much as the first four together.
 */
public final class SentimentScores {

    private SentimentScores() {}

    /** The weighted score of scores given oldest first, rounded to two decimals; 0 (neutral) for none. */
    public static double conversation(List<Double> oldestFirst) {
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < oldestFirst.size(); i++) {
            double weight = i + 1;
            weighted += weight * clamp(oldestFirst.get(i));
            weights += weight;
        }
        return weights == 0 ? 0 : rounded(weighted / weights);
    }

    /** A score as shown and stored: within -1..+1, two decimals (halves away from zero). */
    public static double rounded(double score) {
        double clamped = clamp(score);
        return Math.signum(clamped) * Math.round(Math.abs(clamped) * 100) / 100.0;
    }

    private static double clamp(double score) {
        if (Double.isNaN(score)) {
            return 0;
        }
        return Math.max(-1, Math.min(1, score));
    }

    /** Which way a conversation went from its first message to now: up, down or flat (within 0.1). */
    public static Trend trend(double first, double now) {
        double change = rounded(now) - rounded(first);
        if (change >= 0.1 - 1e-9) {
            return Trend.UP;
        }
        return change <= -0.1 + 1e-9 ? Trend.DOWN : Trend.FLAT;
    }

    /** The direction of a conversation's sentiment since its first message. */
    public enum Trend {
        UP,
        DOWN,
        FLAT
    }
}
