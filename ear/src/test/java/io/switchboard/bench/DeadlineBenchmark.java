package io.switchboard.bench;

import io.switchboard.it.EngineDeployment;
import io.switchboard.it.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (it asserts nothing about speed; run only with {@code -Pbenchmarks}, see README "Working
 * hours and deadlines"): with N deadlines pending far in the future, M more fall due at a steady rate; it reports
 * how late they fire and the heap after a full GC. The same with one persistent EJB timer per deadline. PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineBenchmark {

    private static final String BENCH = TestServer.SERVER + "/switchboard-tests/bench";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final long FAR_MILLIS = Duration.ofDays(30).toMillis();

    private static final long[] DEADLINES_PENDING = sizes("bench.deadlines.pending", "10000,100000,1000000");
    private static final long[] TIMERS_PENDING = sizes("bench.timers.pending", "10000,100000");
    private static final int DUE = Integer.getInteger("bench.due", 60_000);
    private static final int RATE = Integer.getInteger("bench.rate", 2_000);
    private static final Path REPORT = Path.of("target", "deadline-benchmark.txt");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EngineDeployment.withProbes(
                BenchStore.class, BenchServlet.class, BenchDeadlineHandler.class, BenchLateness.class);
    }

    @Test
    void deadlinesAgainstPersistentTimers() throws Exception {
        report("# " + DUE + " due at " + RATE + "/s; lateness in ms; heap after full GC in MB");
        long baseline = heap();
        report("heap with nothing pending: " + baseline / 1_048_576 + " MB");
        for (long pending : DEADLINES_PENDING) {
            run("deadlines", pending, 5_000);
        }
        for (long pending : TIMERS_PENDING) {
            run("timers", pending, -1);
        }
    }

    /** One scenario; {@code dueInMillis} < 0: leave time to create the due ones at the pending ones' pace. */
    private static void run(String store, long pending, long dueInMillis) throws Exception {
        clear(store);
        if (store.equals("deadlines")) {
            post(store, "vacuum");
        }
        long started = System.nanoTime();
        post(store, "add&count=" + pending + "&inMillis=" + FAR_MILLIS + "&everyMillis=1");
        double perSecond = pending * 1e9 / (System.nanoTime() - started);
        if (store.equals("deadlines")) {
            post(store, "vacuum");
        }
        long heap = heap();
        long in = dueInMillis >= 0 ? dueInMillis : (long) (DUE / perSecond * 1500) + 5_000;
        post(store, "add&count=" + DUE + "&inMillis=" + in + "&everyMillis=" + 1000.0 / RATE);
        long deadline = System.currentTimeMillis() + in + DUE * 1000L / RATE + 600_000;
        String stats = get("stats");
        while (!stats.startsWith("fired " + DUE + " ") && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            stats = get("stats");
        }
        String[] s = stats.split(" ");
        long fired = Long.parseLong(s[1]);
        // The lateness histogram beside the summary, for benchmarks/run.sh's plot.
        Files.writeString(
                Path.of("target", "deadline-lateness-" + store + "-" + pending + ".txt"), get("histogram") + "\n");
        long span = Long.parseLong(s[9]);
        report(String.format(
                "%-9s pending %,9d | created %,7.0f/s | heap %4d MB | fired %,d in %,d ms = %,.0f/s"
                        + " | late p50 %s p99 %s max %s",
                store,
                pending,
                perSecond,
                heap / 1_048_576,
                fired,
                span,
                fired * 1000.0 / Math.max(span, 1),
                s[3],
                s[5],
                s[7]));
        clear(store);
    }

    private static void clear(String store) throws Exception {
        while (!post(store, "clear").startsWith("removed 0 ")) {
            // timers go a slice at a time
        }
    }

    private static long[] sizes(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        return value.isBlank()
                ? new long[0]
                : Arrays.stream(value.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static long heap() throws Exception {
        return Long.parseLong(get("heap"));
    }

    private static String post(String store, String op) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(BENCH + "?store=" + store + "&op=" + op))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static String get(String op) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(BENCH + "?op=" + op)).GET());
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response =
                CLIENT.send(request.timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body().strip();
    }

    private static void report(String line) throws IOException {
        System.out.println("[deadline-benchmark] " + line);
        Files.writeString(REPORT, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
