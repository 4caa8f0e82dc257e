package io.switchboard.benchmarks;

import io.switchboard.companion.logic.ExtractiveSummarizer;
import io.switchboard.companion.logic.Line;
import io.switchboard.companion.logic.ReplyIndex;
import io.switchboard.companion.logic.ReplyPairs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Agent companion's quality and speed on benchmarks/data/companion-replies.tsv (README "Agent companion"): the
 * past conversations go into a reply index, each held-out customer message asks it for three suggestions, and a hit
 * is a suggestion that is one of the known good replies of the message's intent (recall@3). Latency: every query
 * again, many rounds after a warm-up, per call.
 */
public final class CompanionBenchmark {

    private CompanionBenchmark() {}

    record Row(String set, long conversation, String intent, String customer, String reply) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "benchmarks/data/companion-replies.tsv");
        List<Row> rows = Files.readAllLines(data, StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(line -> line.split("\t", -1))
                .map(c -> new Row(c[0], Long.parseLong(c[1]), c[2], c[3], c[4]))
                .toList();
        Map<String, String> intentOfReply = new HashMap<>();
        List<Row> queries = new ArrayList<>();
        Instant at = Instant.parse("2026-11-01T09:00:00Z");
        try (ReplyIndex index = ReplyIndex.inMemory()) {
            long build = System.nanoTime();
            for (Row row : rows) {
                if (row.set().equals("past")) {
                    intentOfReply.put(row.reply(), row.intent());
                    index.replace(
                            row.conversation(),
                            ReplyPairs.of(List.of(
                                    new Line(row.conversation(), Line.Speaker.CUSTOMER, row.customer(), at),
                                    new Line(row.conversation(), Line.Speaker.AGENT, row.reply(), at.plusSeconds(60)))));
                } else {
                    queries.add(row);
                }
            }
            index.commit();
            double buildMs = (System.nanoTime() - build) / 1e6;

            int hits = 0;
            int top1 = 0;
            for (Row query : queries) {
                List<ReplyIndex.Suggestion> suggestions = index.suggest(query.customer(), 3);
                if (suggestions.stream().anyMatch(s -> query.intent().equals(intentOfReply.get(s.text())))) {
                    hits++;
                } else if (args.length > 1 && args[1].equals("--misses")) {
                    System.out.println("miss [" + query.intent() + "] " + query.customer());
                }
                if (!suggestions.isEmpty() && query.intent().equals(intentOfReply.get(suggestions.get(0).text()))) {
                    top1++;
                }
            }
            for (int warm = 0; warm < 50; warm++) {
                queries.forEach(q -> index.suggest(q.customer(), 3));
            }
            int rounds = 50;
            long[] nanos = new long[rounds * queries.size()];
            int n = 0;
            for (int round = 0; round < rounds; round++) {
                for (Row query : queries) {
                    long start = System.nanoTime();
                    index.suggest(query.customer(), 3);
                    nanos[n++] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "suggested replies: %d past conversations (%d pairs, indexed in %.0f ms), %d held-out messages%n",
                    rows.size() - queries.size(), index.size(), buildMs, queries.size());
            System.out.printf(
                    "recall@3 %.1f%% (%d of %d), top-1 %.1f%%; latency p50 %.0f µs, p99 %.0f µs over %d calls%n",
                    100.0 * hits / queries.size(), hits, queries.size(), 100.0 * top1 / queries.size(),
                    nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3, nanos.length);
        }

        // The summary of a 40-message conversation (20 customer / agent turns from the same data).
        List<Line> conversation = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Row row = rows.get(i * 11 % rows.size());
            conversation.add(new Line(1, Line.Speaker.CUSTOMER, row.customer(), at.plusSeconds(i * 120L)));
            String reply = row.reply().isEmpty() ? "Thank you, I will check that for you now." : row.reply();
            conversation.add(new Line(1, Line.Speaker.AGENT, reply, at.plusSeconds(i * 120L + 60)));
        }
        ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
        for (int warm = 0; warm < 300; warm++) {
            summarizer.summarize(conversation, List.of());
        }
        long[] nanos = new long[1000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            summarizer.summarize(conversation, List.of());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "summary of a 40-message conversation: p50 %.2f ms, p99 %.2f ms over %d calls%n",
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos.length);
    }
}
