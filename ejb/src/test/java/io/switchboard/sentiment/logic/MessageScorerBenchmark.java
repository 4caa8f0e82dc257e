package io.switchboard.sentiment.logic;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to score one customer message of 500 characters (issue 18's goal: under 1 ms median), for a complaint, a
 * neutral question and a thankful reply, so that negation, boosters and punctuation rules all run.
 * Run: see README, "Sentiment".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MessageScorerBenchmark {

    static final int LENGTH = 500;

    @Param({"negative", "neutral", "positive"})
    public String mood;

    private final MessageScorer scorer = new MessageScorer();
    private String message;

    @Setup
    public void write() {
        String sentence = switch (mood) {
            case "negative" ->
                "This is the THIRD time my order arrived broken and nobody answers me!!! "
                        + "I am really not happy, the refund you promised never came. ";
            case "neutral" ->
                "Hello, I would like to change the delivery address of order 4471 to "
                        + "Main Street 12 before it ships on Monday, please. ";
            default ->
                "Thank you so much, the replacement arrived today and works perfectly. "
                        + "Your colleague was very kind and helpful, great service! ";
        };
        StringBuilder text = new StringBuilder(LENGTH);
        while (text.length() < LENGTH) {
            text.append(sentence);
        }
        message = text.substring(0, LENGTH);
    }

    @Benchmark
    public double score() {
        return scorer.score(message).orElse(0);
    }
}
