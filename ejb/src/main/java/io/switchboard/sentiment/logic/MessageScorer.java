package io.switchboard.sentiment.logic;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalDouble;

/**
 * Scores one customer message from -1 to +1 with VADER (a lexicon of rated words and rules for negation, boosters,
 * "but", capitals and punctuation; README "Sentiment" compares it with a trained classifier). Runs in memory: the
 * lexicon ships inside the library's jar and loads once per server. Safe for concurrent use.
 */
public final class MessageScorer {

    /** Longer texts are cut here: an email's quoted history says nothing of the customer's mood now. */
    static final int MAX_CHARACTERS = 2_000;

    /** The score of a text with words in it, rounded to two decimals; empty for a text without any (attachments). */
    public OptionalDouble score(String text) {
        if (text == null || text.chars().noneMatch(Character::isLetter)) {
            return OptionalDouble.empty();
        }
        String cut = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
        try {
            // One analyzer per text: it keeps the text's state in fields.
            SentimentAnalyzer analyzer = new SentimentAnalyzer(cut);
            analyzer.analyze();
            Float compound = analyzer.getPolarity().get("compound");
            return OptionalDouble.of(SentimentScores.rounded(compound == null ? 0 : compound));
        } catch (IOException e) {
            throw new UncheckedIOException("The sentiment model could not read the text", e);
        }
    }
}
