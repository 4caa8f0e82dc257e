package io.switchboard.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Pattern;

/**
 * The HTTP side of {@code benchmarks/cluster-load.sh}: assignment attempts of every kind from many connections at
 * once, through the load balancer, each acknowledged one written down for the script's SQL checks. The HTTP calls
 * are {@link BenchClient}'s.
 *
 * <pre>
 * setup APP ADMIN_PASSWORD AGENTS CAPACITY   BenchClient's setup (keys, SMS sender, Default queue on
 *                                            ANY_AVAILABLE_AGENT, AGENTS agents with that Live Messaging capacity),
 *                                            a MANAGER key, queues "Load A" (even agents and every fourth) and
 *                                            "Load B" (odd agents and every fourth) on ANY_AVAILABLE_AGENT, Solved
 *                                            not occupying (so that solving frees capacity), every agent Available;
 *                                            prints KEY=value lines
 * run APP COUNT CONCURRENCY OUT_DIR TAG      COUNT attempts from CONCURRENCY connections, reading the setup's values
 *                                            from the environment (MANAGER, GATEWAY_KEY, SENDER, QUEUE_IDS,
 *                                            AVAILABLE_ID, AWAY_ID, AGENT_IDS); writes OUT_DIR/ack.tsv (message key,
 *                                            message id, conversation id) and OUT_DIR/closed.txt (conversations whose
 *                                            close was acknowledged); prints one line of figures
 * </pre>
 *
 * The attempts, drawn at random: a new customer's message (a new conversation, assigned at once or waiting), a close
 * or a solve of a conversation opened earlier (both free the agent: bulk assignment of the agent's queues), a
 * transfer to another queue (the agent keeps it if they work there, otherwise automatic assignment in the new queue)
 * and an agent's status change to Available (bulk assignment) or Away. A message is retried under its
 * Idempotency-Key on a lost connection or a 5xx; the other attempts are retried as they are (each is a PUT of a
 * state). A 409 (the conversation was closed meanwhile, by another attempt) is an answer, not a failure.
 */
public final class ClusterLoad {

    private static final Pattern MESSAGE = Pattern.compile("\"messageId\"\\s*:\\s*(\\d+)");
    private static final Pattern CONVERSATION = Pattern.compile("\"conversationId\"\\s*:\\s*(\\d+)");
    private static final long RETRY_MILLIS =
            Long.parseLong(System.getenv().getOrDefault("RETRY_SECONDS", "120")) * 1000;
    /** Percent of attempts by kind: new conversation, close, solve, transfer, agent status. */
    private static final int[] MIX = Arrays.stream(
                    System.getenv().getOrDefault("LOAD_MIX", "35,25,10,20,10").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();

    private static final String[] KINDS = {"new", "close", "solve", "transfer", "status"};

    private final BenchClient bench;

    private ClusterLoad(String app) {
        this.bench = new BenchClient(app);
    }

    public static void main(String[] args) throws Exception {
        ClusterLoad load = new ClusterLoad(args[1]);
        switch (args[0]) {
            case "setup" -> load.setup(args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "run" -> load.run(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]), args[5]);
            default -> throw new IllegalArgumentException("unknown subcommand " + args[0]);
        }
    }

    // --- setup -------------------------------------------------------------------------------------------------

    private void setup(String adminPassword, int agentCount, int capacity) throws Exception {
        Map<String, String> values = bench.setupValues(adminPassword, agentCount, capacity);
        String admin = BenchClient.basic(adminPassword);
        String manager = BenchClient.bearer(BenchClient.token(bench.call(
                admin,
                "POST",
                "/api-keys",
                "{\"name\": \"cluster-load\", \"roles\": [\"MANAGER\", \"ACCOUNT_MANAGER\"]}")));
        List<String> agents = List.of(values.get("AGENT_IDS").replace("\"", "").split(" "));
        List<String> queues = new ArrayList<>();
        for (int q = 0; q < 2; q++) {
            String queue = BenchClient.first(
                    BenchClient.ID,
                    bench.call(
                            manager,
                            "POST",
                            "/queues",
                            "{\"name\": \"Load " + (char) ('A' + q) + "\", \"autoAssignment\": \"ANY_AVAILABLE_AGENT\"}"));
            List<String> staff = new ArrayList<>();
            for (int i = 0; i < agents.size(); i++) {
                if (i % 2 == q || i % 4 == 3) {
                    staff.add(agents.get(i));
                }
            }
            bench.call(manager, "PUT", "/queues/" + queue + "/agents", "{\"agentIds\": [" + String.join(",", staff) + "]}");
            queues.add(queue);
        }
        bench.call(manager, "PUT", "/capacity/occupying-statuses", "{\"waiting\": true, \"solved\": false}");
        bench.status(manager, values.get("AVAILABLE_ID"), agents);
        values.forEach((k, v) -> System.out.println(k + "=" + v));
        System.out.println("MANAGER=\"" + manager + "\"");
        System.out.println("QUEUE_IDS=\"" + values.get("QUEUE_ID") + " " + String.join(" ", queues) + "\"");
    }

    // --- run ---------------------------------------------------------------------------------------------------

    /** Answers by attempt kind and class; latency of the acknowledged attempts. */
    private static final class Figures {
        final AtomicLongArray acknowledged = new AtomicLongArray(KINDS.length);
        final AtomicLongArray conflicts = new AtomicLongArray(KINDS.length);
        final AtomicLong serverErrors = new AtomicLong();
        final AtomicLong lostConnections = new AtomicLong();
        final AtomicLong refused = new AtomicLong(); // a 4xx other than 409: a bug of the load or the server
        final AtomicLong gaveUp = new AtomicLong();
        final AtomicLong done = new AtomicLong();
        final List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    /** Conversations opened by the run and not known to be closed: what closes, solves and transfers pick from. */
    private static final class Pool {
        private final List<Long> ids = new ArrayList<>();

        synchronized void add(long id) {
            ids.add(id);
        }

        synchronized Long pick(boolean remove) {
            if (ids.isEmpty()) {
                return null;
            }
            int i = ThreadLocalRandom.current().nextInt(ids.size());
            Long id = ids.get(i);
            if (remove) {
                ids.set(i, ids.get(ids.size() - 1));
                ids.remove(ids.size() - 1);
            }
            return id;
        }
    }

    private void run(int count, int concurrency, Path out, String tag) throws Exception {
        Map<String, String> env = System.getenv();
        String manager = env.get("MANAGER");
        String gateway = BenchClient.bearer(env.get("GATEWAY_KEY"));
        String sender = env.get("SENDER");
        String[] queues = env.get("QUEUE_IDS").trim().split(" +");
        String[] agents = env.get("AGENT_IDS").trim().split(" +");
        String available = env.get("AVAILABLE_ID");
        String away = env.get("AWAY_ID");
        Figures f = new Figures();
        Pool pool = new Pool();
        AtomicLong sequence = new AtomicLong();
        // Each run's customers are new: +17, two digits of the run, eight of the attempt.
        String customers = String.format("+17%02d", Math.floorMod(tag.hashCode(), 100));
        int[] cumulative = new int[MIX.length];
        for (int i = 0, sum = 0; i < MIX.length; i++) {
            cumulative[i] = sum += MIX[i];
        }
        long started = System.nanoTime();
        Files.createDirectories(out);
        try (PrintWriter ack = new PrintWriter(Files.newBufferedWriter(out.resolve("ack.tsv")));
                PrintWriter closed = new PrintWriter(Files.newBufferedWriter(out.resolve("closed.txt")))) {
            Thread progress = new Thread(() -> {
                long last = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long now = f.done.get();
                    System.err.printf(
                            "[cluster-load] %d attempts done, %.0f/s in the last 10 s, 5xx %d, lost connections %d%n",
                            now, (now - last) / 10.0, f.serverErrors.get(), f.lostConnections.get());
                    last = now;
                }
            });
            progress.setDaemon(true);
            progress.start();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                Thread thread = new Thread(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    long i;
                    while ((i = sequence.getAndIncrement()) < count) {
                        int draw = random.nextInt(cumulative[cumulative.length - 1]);
                        int kind = 0;
                        while (draw >= cumulative[kind]) {
                            kind++;
                        }
                        Long conversation = kind == 1 || kind == 2 || kind == 3 ? pool.pick(kind == 1) : null;
                        if (conversation == null && kind != 4) {
                            kind = 0; // nothing opened yet to close, solve or move
                        }
                        long attempt = System.nanoTime();
                        int status;
                        switch (kind) {
                            case 0 -> {
                                String key = tag + "-" + UUID.randomUUID();
                                String body = "{\"channel\": \"SMS\", \"from\": \"" + customers + String.format("%08d", i)
                                        + "\", \"to\": \"" + sender + "\", \"text\": \"load " + key + "\"}";
                                HttpResponse<String> reply = attempt(gateway, "POST", "/messages", body, key, f);
                                status = reply == null ? 0 : reply.statusCode();
                                if (status / 100 == 2) {
                                    long id = Long.parseLong(BenchClient.first(CONVERSATION, reply.body()));
                                    synchronized (ack) {
                                        ack.println(key + "\t" + BenchClient.first(MESSAGE, reply.body()) + "\t" + id);
                                    }
                                    pool.add(id);
                                }
                            }
                            case 1, 2 -> {
                                String to = kind == 1 ? "CLOSED" : "SOLVED";
                                HttpResponse<String> reply = attempt(
                                        manager,
                                        "PUT",
                                        "/conversations/" + conversation + "/status",
                                        "{\"status\": \"" + to + "\"}",
                                        null,
                                        f);
                                status = reply == null ? 0 : reply.statusCode();
                                if (kind == 1 && status / 100 == 2) {
                                    synchronized (closed) {
                                        closed.println(conversation);
                                    }
                                }
                            }
                            case 3 -> {
                                HttpResponse<String> reply = attempt(
                                        manager,
                                        "PUT",
                                        "/conversations/" + conversation + "/queue",
                                        "{\"queueId\": " + queues[random.nextInt(queues.length)] + "}",
                                        null,
                                        f);
                                status = reply == null ? 0 : reply.statusCode();
                            }
                            default -> {
                                String agent = agents[random.nextInt(agents.length)];
                                HttpResponse<String> reply = attempt(
                                        manager,
                                        "PUT",
                                        "/agents/" + agent + "/status",
                                        "{\"statusId\": " + (random.nextInt(3) == 0 ? away : available) + "}",
                                        null,
                                        f);
                                status = reply == null ? 0 : reply.statusCode();
                            }
                        }
                        if (status / 100 == 2) {
                            f.acknowledged.incrementAndGet(kind);
                            f.micros.add((System.nanoTime() - attempt) / 1000);
                        } else if (status == 409) {
                            f.conflicts.incrementAndGet(kind);
                        }
                        f.done.incrementAndGet();
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            progress.interrupt();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] micros = f.micros.stream().mapToLong(Long::longValue).sorted().toArray();
        StringBuilder line = new StringBuilder();
        line.append(String.format("attempts=%d seconds=%.1f per_second=%.1f", f.done.get(), seconds, f.done.get() / seconds));
        for (int k = 0; k < KINDS.length; k++) {
            line.append(String.format(" %s_ok=%d %s_409=%d", KINDS[k], f.acknowledged.get(k), KINDS[k], f.conflicts.get(k)));
        }
        line.append(String.format(
                " server_errors_retried=%d lost_connections_retried=%d refused_4xx=%d gave_up=%d p50_ms=%.1f p99_ms=%.1f",
                f.serverErrors.get(),
                f.lostConnections.get(),
                f.refused.get(),
                f.gaveUp.get(),
                percentile(micros, 50) / 1000.0,
                percentile(micros, 99) / 1000.0));
        System.out.println(line);
    }

    /**
     * The attempt's final answer (a 2xx or a 4xx), retried on a lost connection or a 5xx; null when given up after
     * RETRY_SECONDS.
     */
    private HttpResponse<String> attempt(String auth, String method, String path, String body, String key, Figures f) {
        long started = System.currentTimeMillis();
        while (true) {
            try {
                HttpResponse<String> response = bench.send(auth, method, path, body, key, Duration.ofSeconds(60));
                int status = response.statusCode();
                if (status < 500) {
                    if (status >= 400 && status != 409) {
                        f.refused.incrementAndGet();
                        System.err.println("refused " + status + " " + method + " " + path + ": " + response.body());
                    }
                    return response;
                }
                f.serverErrors.incrementAndGet();
            } catch (IOException e) {
                f.lostConnections.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            if (System.currentTimeMillis() - started > RETRY_MILLIS) {
                f.gaveUp.incrementAndGet();
                return null;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
