package io.switchboard.companion.logic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The summary that needs no network: the conversation's most central sentences by TextRank (sentences are nodes, two
 * sentences are linked by the stemmed terms they share, weighed by their lengths as in Mihalcea and Tarau's paper),
 * what the customer asked, what we promised, the questions still open, and the key points of the customer's past
 * conversations. Every sentence is quoted as written: nothing is invented.
 */
public final class ExtractiveSummarizer {

    /** The summary of a conversation and the customer's past ones. */
    public record Summary(
            List<String> keyPoints,
            List<String> asked,
            List<String> promised,
            List<String> openQuestions,
            List<Past> past) {}

    /** A past conversation of the customer: when it started and its key points. */
    public record Past(long conversationId, Instant startedAt, List<String> keyPoints) {}

    static final int KEY_POINTS = 3;
    static final int PAST_KEY_POINTS = 2;
    static final int PAST_CONVERSATIONS = 3;
    static final int LISTED = 5;
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 50;

    private static final Pattern QUESTION_START = Pattern.compile(
            "^(what|when|where|why|how|who|which|can|could|would|will|is|are|do|does|did|have|has|should|may"
                    + "|wann|wo|warum|wie|was|wer|kann|können|cuándo|cuando|dónde|donde|por qué|cómo|como|qué|puede"
                    + "|quand|où|pourquoi|comment|quel|quelle|est-ce)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REQUEST = Pattern.compile(
            "\\b(please|i need|i want|i would like|i'd like|i wish|help me|bitte|por favor|s'il vous plaît)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PROMISE = Pattern.compile(
            "\\b(i|we)\\s*('ll|’ll| will| shall| are going to| am going to| promise)\\b"
                    + "|\\b(you will|you'll|you’ll) (receive|get|have|see|hear)\\b"
                    + "|\\bwithin \\d+ (hours?|days?|minutes?|business days?)\\b"
                    + "|\\bby (tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Summarizes {@code current} (the conversation's lines, oldest first) and {@code past} (the customer's other
     * conversations' lines, any order).
     */
    public Summary summarize(List<Line> current, List<Line> past) {
        List<Sentence> sentences = sentences(current);
        List<String> keyPoints = central(sentences, KEY_POINTS);
        List<String> asked = distinct(sentences.stream()
                .filter(s -> s.speaker() == Line.Speaker.CUSTOMER && (isQuestion(s.text()) || isRequest(s.text())))
                .map(Sentence::text)
                .toList());
        List<String> promised = distinct(sentences.stream()
                .filter(s -> s.speaker() != Line.Speaker.CUSTOMER && isPromise(s.text()))
                .map(Sentence::text)
                .toList());
        return new Summary(keyPoints, asked, promised, openQuestions(current), pastConversations(past));
    }

    /** The customer's questions since our side last wrote: asked and not answered yet. */
    static List<String> openQuestions(List<Line> lines) {
        int lastOurs = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).ours()) {
                lastOurs = i;
            }
        }
        List<String> open = new ArrayList<>();
        for (Line line : lines.subList(lastOurs + 1, lines.size())) {
            TextAnalysis.Language language = TextAnalysis.guess(line.text());
            TextAnalysis.sentences(line.text(), language).stream()
                    .filter(ExtractiveSummarizer::isQuestion)
                    .forEach(open::add);
        }
        return distinct(open);
    }

    private List<Past> pastConversations(List<Line> past) {
        Map<Long, List<Line>> byConversation = new LinkedHashMap<>();
        past.stream()
                .sorted(Comparator.comparing(Line::at))
                .forEach(line -> byConversation
                        .computeIfAbsent(line.conversationId(), id -> new ArrayList<>())
                        .add(line));
        return byConversation.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, List<Line>> e) ->
                                e.getValue().get(0).at())
                        .reversed())
                .limit(PAST_CONVERSATIONS)
                .map(e -> new Past(
                        e.getKey(), e.getValue().get(0).at(), central(sentences(e.getValue()), PAST_KEY_POINTS)))
                .filter(p -> !p.keyPoints().isEmpty())
                .toList();
    }

    static boolean isQuestion(String sentence) {
        String s = sentence.strip();
        return s.endsWith("?") || QUESTION_START.matcher(s).matches() && !s.endsWith(".");
    }

    static boolean isRequest(String sentence) {
        return REQUEST.matcher(sentence).find();
    }

    static boolean isPromise(String sentence) {
        return PROMISE.matcher(sentence).find();
    }

    private record Sentence(int order, Line.Speaker speaker, String text, Set<String> terms) {}

    private static List<Sentence> sentences(List<Line> lines) {
        List<Sentence> sentences = new ArrayList<>();
        for (Line line : lines) {
            TextAnalysis.Language language = TextAnalysis.guess(line.text());
            for (String text : TextAnalysis.sentences(line.text(), language)) {
                sentences.add(new Sentence(
                        sentences.size(), line.speaker(), text, new HashSet<>(TextAnalysis.terms(text, language))));
            }
        }
        return sentences;
    }

    /** The {@code count} sentences TextRank ranks highest, in the order they were written. */
    private static List<String> central(List<Sentence> all, int count) {
        // Greetings and one-word answers carry no point: a sentence needs two terms to be a candidate.
        List<Sentence> sentences =
                all.stream().filter(s -> s.terms().size() >= 2).toList();
        double[] rank = textRank(sentences.stream().map(Sentence::terms).toList());
        List<Integer> best = IntStream.range(0, sentences.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparingInt(i -> i))
                .toList();
        List<Sentence> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i : best) {
            if (chosen.size() == count) {
                break;
            }
            if (seen.add(normalized(sentences.get(i).text()))) {
                chosen.add(sentences.get(i));
            }
        }
        return chosen.stream()
                .sorted(Comparator.comparingInt(Sentence::order))
                .map(Sentence::text)
                .toList();
    }

    /**
     * TextRank's scores of these sentences: PageRank over the graph whose edge weight is the number of shared terms
     * over log|a| + log|b|.
     */
    static double[] textRank(List<Set<String>> sentences) {
        int n = sentences.size();
        double[][] weight = new double[n][n];
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Set<String> a = sentences.get(i);
                Set<String> b = sentences.get(j);
                long shared = a.stream().filter(b::contains).count();
                if (shared > 0) {
                    double w = shared / (Math.log(a.size() + 1.0) + Math.log(b.size() + 1.0));
                    weight[i][j] = w;
                    weight[j][i] = w;
                    outWeight[i] += w;
                    outWeight[j] += w;
                }
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (weight[j][i] > 0) {
                        sum += weight[j][i] / outWeight[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
                change += Math.abs(next[i] - rank[i]);
            }
            rank = next;
            if (change < 1e-6) {
                break;
            }
        }
        return rank;
    }

    private static List<String> distinct(List<String> sentences) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String sentence : sentences) {
            seen.putIfAbsent(normalized(sentence), sentence);
        }
        return seen.values().stream().limit(LISTED).toList();
    }

    static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
