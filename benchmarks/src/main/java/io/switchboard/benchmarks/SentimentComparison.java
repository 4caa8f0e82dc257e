package io.switchboard.benchmarks;

import io.switchboard.sentiment.logic.MessageScorer;
import io.switchboard.sentiment.logic.SentimentLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Compares sentiment candidates on the labelled customer-service messages of {@code benchmarks/data} (README
 * "Sentiment"): accuracy against the hand labels with the guide's bands (Negative at -0.35 and below, Positive at +0.35
 * and above), per language, and the time to score one 500-character message. VADER needs no training; OpenNLP's
 * document categorizer (naive Bayes over words and word pairs) is trained and tested by 5-fold cross-validation, so it
 * is never tested on a message it learnt from.
 *
 * <p>Run: {@code ./mvnw -o -Pbenchmarks -pl benchmarks -am package -DskipTests} then {@code java -cp
 * "benchmarks/target/classes:$(cat benchmarks/target/classpath)" io.switchboard.benchmarks.SentimentComparison
 * benchmarks/data/sentiment-labelled.tsv}, or see {@code benchmarks/run.sh}.
 */
public final class SentimentComparison {

    record Labelled(SentimentLabel label, String language, String text) {}

    private SentimentComparison() {}

    public static void main(String[] args) throws IOException {
        List<Labelled> set = read(Path.of(args.length > 0 ? args[0] : "benchmarks/data/sentiment-labelled.tsv"));
        System.out.printf(Locale.ROOT, "%d messages%n", set.size());

        MessageScorer vader = new MessageScorer();
        report("VADER (vader-sentiment-analyzer 1.0)", set, crossScores(set, null, vader));
        report("OpenNLP 2.5.4 doccat, naive Bayes, 5-fold", set, crossScores(set, 5, null));

        String message = "Hello, I ordered a washing machine three weeks ago (order 48213) and it still has not"
                + " arrived. Your tracking page says it left the warehouse, but the courier says it never got it."
                + " I called twice and waited on hold for forty minutes each time. Nobody calls back. I am really"
                + " disappointed, this is not the service I expected. Please tell me today where it is or refund"
                + " me, otherwise I will cancel everything with you. Thanks in advance for a quick answer. I have"
                + " been a customer for years and never had such a problem before.";
        message = message.substring(0, 500);
        timing("VADER", text -> vader.score(text).orElse(0), message);
        DocumentCategorizerME categorizer = train(set);
        timing("OpenNLP", text -> opennlpScore(categorizer, text), message);
    }

    static List<Labelled> read(Path file) throws IOException {
        List<Labelled> set = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            set.add(new Labelled(SentimentLabel.valueOf(parts[0]), parts[1], parts[2]));
        }
        return set;
    }

    /** Each message's score: VADER's directly, OpenNLP's from a model trained on the other folds. */
    static double[] crossScores(List<Labelled> set, Integer folds, MessageScorer vader) throws IOException {
        double[] scores = new double[set.size()];
        if (vader != null) {
            for (int i = 0; i < set.size(); i++) {
                scores[i] = vader.score(set.get(i).text()).orElse(0);
            }
            return scores;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        for (int fold = 0; fold < folds; fold++) {
            List<Labelled> training = new ArrayList<>();
            List<Integer> testing = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                if (k % folds == fold) {
                    testing.add(order.get(k));
                } else {
                    training.add(set.get(order.get(k)));
                }
            }
            DocumentCategorizerME categorizer = train(training);
            for (int i : testing) {
                scores[i] = opennlpScore(categorizer, set.get(i).text());
            }
        }
        return scores;
    }

    static DocumentCategorizerME train(List<Labelled> training) throws IOException {
        List<DocumentSample> samples = training.stream()
                .map(l -> new DocumentSample(l.label().name(), tokens(l.text())))
                .toList();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, NaiveBayesTrainer.NAIVE_BAYES_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(
                new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
        DoccatModel model =
                DocumentCategorizerME.train("x-unspecified", ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        return new DocumentCategorizerME(model);
    }

    static String[] tokens(String text) {
        return SimpleTokenizer.INSTANCE.tokenize(text.toLowerCase(Locale.ROOT));
    }

    /** P(positive) - P(negative): -1 to +1 like VADER's compound score. */
    static double opennlpScore(DocumentCategorizerME categorizer, String text) {
        double[] p = categorizer.categorize(tokens(text));
        return p[categorizer.getIndex("POSITIVE")] - p[categorizer.getIndex("NEGATIVE")];
    }

    static void report(String name, List<Labelled> set, double[] scores) {
        int right = 0;
        int[] rightBy = new int[3];
        int[] totalBy = new int[3];
        int english = 0;
        int englishRight = 0;
        for (int i = 0; i < set.size(); i++) {
            Labelled l = set.get(i);
            boolean ok = SentimentLabel.of(scores[i]) == l.label();
            right += ok ? 1 : 0;
            totalBy[l.label().ordinal()]++;
            rightBy[l.label().ordinal()] += ok ? 1 : 0;
            if (l.language().equals("en")) {
                english++;
                englishRight += ok ? 1 : 0;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: accuracy %.1f%% (English %.1f%%, other languages %.1f%%); negative %d/%d, neutral %d/%d,"
                        + " positive %d/%d%n",
                name,
                100.0 * right / set.size(),
                100.0 * englishRight / english,
                100.0 * (right - englishRight) / (set.size() - english),
                rightBy[0],
                totalBy[0],
                rightBy[1],
                totalBy[1],
                rightBy[2],
                totalBy[2]);
    }

    static void timing(String name, ToDoubleFunction<String> scorer, String message) {
        double sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += scorer.applyAsDouble(message + (i % 7));
        }
        long[] took = new long[20_000];
        for (int i = 0; i < took.length; i++) {
            long start = System.nanoTime();
            sink += scorer.applyAsDouble(message + (i % 7));
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        System.out.printf(
                Locale.ROOT,
                "%s, one 500-character message: median %.1f µs, p99 %.1f µs (%s)%n",
                name,
                took[took.length / 2] / 1000.0,
                took[took.length * 99 / 100] / 1000.0,
                sink == 42 ? "" : "ok");
    }
}
