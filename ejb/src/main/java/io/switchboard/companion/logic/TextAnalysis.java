package io.switchboard.companion.logic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words as the companion compares them: Lucene's analyzers (tokenizer, stop words, stemmer) per language, the
 * language guessed from its stop words, and text cut into sentences.
 */
public final class TextAnalysis {

    /** The languages whose analyzer the companion uses; anything else is read as English. */
    public enum Language {
        ENGLISH("en", new EnglishAnalyzer(), EnglishAnalyzer.getDefaultStopSet()),
        GERMAN("de", new GermanAnalyzer(), GermanAnalyzer.getDefaultStopSet()),
        SPANISH("es", new SpanishAnalyzer(), SpanishAnalyzer.getDefaultStopSet()),
        FRENCH("fr", new FrenchAnalyzer(), FrenchAnalyzer.getDefaultStopSet()),
        ITALIAN("it", new ItalianAnalyzer(), ItalianAnalyzer.getDefaultStopSet()),
        PORTUGUESE("pt", new PortugueseAnalyzer(), PortugueseAnalyzer.getDefaultStopSet()),
        DUTCH("nl", new DutchAnalyzer(), DutchAnalyzer.getDefaultStopSet());

        private final String code;
        private final Analyzer analyzer;
        private final CharArraySet stopWords;

        Language(String code, Analyzer analyzer, CharArraySet stopWords) {
            this.code = code;
            this.analyzer = analyzer;
            this.stopWords = stopWords;
        }

        public String code() {
            return code;
        }

        /** Lucene's analyzer of the language (thread-safe, shared). */
        public Analyzer analyzer() {
            return analyzer;
        }
    }

    private TextAnalysis() {}

    /**
     * The language whose stop words the text uses most; English when none stands out (English's list is the shortest,
     * so a tie goes to it).
     */
    public static Language guess(String text) {
        if (text == null || text.isBlank()) {
            return Language.ENGLISH;
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        Language best = Language.ENGLISH;
        int bestHits = 0;
        for (Language language : Language.values()) {
            int hits = 0;
            for (String word : words) {
                if (!word.isEmpty() && language.stopWords.contains(word)) {
                    hits++;
                }
            }
            // English's stop list has 33 words, the others a hundred or more: English wins unless another has more.
            if (hits > bestHits) {
                best = language;
                bestHits = hits;
            }
        }
        return best;
    }

    /** The text's terms: tokenized, lower-cased, stop words removed, stemmed. */
    public static List<String> terms(String text, Language language) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = language.analyzer().tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The text cut into sentences (and at line breaks), trimmed, empty ones left out. */
    public static List<String> sentences(String text, Language language) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language.code()));
        for (String paragraph : text.split("\\R+")) {
            breaks.setText(paragraph);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String sentence = paragraph.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }
}
