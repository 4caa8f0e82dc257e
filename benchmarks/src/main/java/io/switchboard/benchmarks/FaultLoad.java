package io.switchboard.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of {@code benchmarks/faults.sh}: set-up, a load generator that records exactly what the server
 * acknowledged, and the loopback channel gateway the outbox delivers to. The suite checks the records with SQL.
 *
 * <pre>
 * setup    APP ADMIN_PASSWORD RECEIVER_URL       a gateway key, an SMS sender whose gateway is the
 *                                                receiver, a waiting strategy (welcome at once, one announcement
 *                                                after one minute: a durable deadline per conversation), the
 *                                                Default queue without automatic assignment; prints KEY=value
 * load     APP GATEWAY_KEY SENDER SECONDS CONCURRENCY RATE ACK_FILE TAG
 *                                                for SECONDS, CONCURRENCY clients (RATE messages/s in all, 0: as
 *                                                fast as answered) post messages, each from a new customer under its
 *                                                own Idempotency-Key; a lost connection, a 5xx or a container's
 *                                                not-ready answer (404/503 not problem+json) is retried with the
 *                                                same key (for up to RETRY_SECONDS, 300) and every acknowledged (2xx)
 *                                                message is written to ACK_FILE as key, message id, conversation id;
 *                                                prints one line of figures
 * receiver PORT KEYS_FILE                        the gateway: answers every POST 200 and counts deliveries per
 *                                                Idempotency-Key; GET /stats prints the counts, GET /dump writes the
 *                                                distinct keys to KEYS_FILE
 * </pre>
 */
public final class FaultLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern MESSAGE = Pattern.compile("\"messageId\"\\s*:\\s*(\\d+)");
    private static final Pattern CONVERSATION = Pattern.compile("\"conversationId\"\\s*:\\s*(\\d+)");
    private static final long RETRY_MILLIS =
            Long.parseLong(System.getenv().getOrDefault("RETRY_SECONDS", "300")) * 1000;
    /** When set, the load also ends once this file exists (a phase whose events take an unknown time). */
    private static final String STOP_FILE = System.getenv("LOAD_STOP_FILE");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static void main(String[] args) throws Exception {
        FaultLoad load = new FaultLoad();
        switch (args[0]) {
            case "setup" -> load.setup(args[1] + "/api/v1", args[2], args[3]);
            case "load" ->
                load.load(
                        args[1] + "/api/v1",
                        "Bearer " + args[2],
                        args[3],
                        Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]),
                        Double.parseDouble(args[6]),
                        Path.of(args[7]),
                        args[8]);
            case "receiver" -> receiver(Integer.parseInt(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown subcommand " + args[0]);
        }
    }

    // --- setup ---------------------------------------------------------------------------------------------------

    private void setup(String api, String adminPassword, String receiverUrl) throws Exception {
        String admin = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String gateway = token(call(
                api, admin, "POST", "/api-keys", "{\"name\": \"faults-gateway-" + run + "\", \"roles\": [\"GATEWAY\"]}"));
        String auth = admin;
        String address = "+1555" + (1_000_000 + Math.floorMod(run.hashCode(), 8_000_000));
        String sender = first(
                ID,
                call(
                        api,
                        auth,
                        "POST",
                        "/senders",
                        "{\"channel\": \"SMS\", \"address\": \"" + address + "\", \"name\": \"faults " + run + "\"}"));
        call(api, auth, "PUT", "/senders/" + sender + "/gateway", "{\"url\": \"" + receiverUrl + "\"}");
        call(
                api,
                auth,
                "POST",
                "/waiting-strategies",
                "{\"senderId\": " + sender + ", \"name\": \"faults " + run + "\","
                        + " \"welcome\": {\"enabled\": true, \"text\": \"faults welcome\"},"
                        + " \"announcement\": {\"enabled\": true, \"text\": \"faults announcement\", \"everyMinutes\": 1,"
                        + " \"maxCount\": 1},"
                        + " \"maxWait\": {\"enabled\": false}}");
        String queues = call(api, auth, "GET", "/queues", null);
        String defaultQueue = first(ID, queues);
        String defaultName = queues.replaceAll("(?s)^\\[\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        call(
                api,
                auth,
                "PUT",
                "/queues/" + defaultQueue,
                "{\"name\": \"" + defaultName + "\", \"autoAssignment\": \"OFF\"}");
        System.out.println("GATEWAY_KEY=" + gateway);
        System.out.println("SENDER=" + address);
        System.out.println("SENDER_ID=" + sender);
    }

    // --- load ----------------------------------------------------------------------------------------------------

    /** Outcome counters of every attempt, and of the messages. */
    private static final class Figures {
        final AtomicLong requests = new AtomicLong(); // messages attempted (each under one key)
        final AtomicLong attempts = new AtomicLong(); // HTTP attempts, retries included
        final AtomicLong acknowledged = new AtomicLong();
        final AtomicLong unavailable = new AtomicLong(); // 503 application/problem+json with Retry-After
        final AtomicLong otherServerErrors = new AtomicLong(); // any other 5xx
        final AtomicLong notProblem = new AtomicLong(); // an error answer that is not problem+json
        // 404 or 503 not problem+json: the container answered for an application it has not deployed (yet)
        final AtomicLong notReady = new AtomicLong();
        final AtomicLong lostConnections = new AtomicLong();
        final AtomicLong refused = new AtomicLong(); // 4xx: a bug of the suite or the server
        final AtomicLong gaveUp = new AtomicLong();
        final AtomicLong lastFailureMillis = new AtomicLong();
        final AtomicLong firstFailureMillis = new AtomicLong();
        final List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    private void load(
            String api, String auth, String sender, int seconds, int concurrency, double rate, Path ackFile, String tag)
            throws Exception {
        Figures f = new Figures();
        long end = System.currentTimeMillis() + seconds * 1000L;
        AtomicInteger sequence = new AtomicInteger();
        long intervalNanos = rate > 0 ? (long) (1e9 * concurrency / rate) : 0;
        try (PrintWriter ack = new PrintWriter(Files.newBufferedWriter(ackFile))) {
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                Thread thread = new Thread(() -> {
                    long next = System.nanoTime();
                    while (System.currentTimeMillis() < end
                            && (STOP_FILE == null || !Files.exists(Path.of(STOP_FILE)))) {
                        int i = sequence.getAndIncrement();
                        String key = tag + "-" + UUID.randomUUID();
                        String body = "{\"channel\": \"SMS\", \"from\": \"+1666" + (100 + Math.floorMod(tag.hashCode(), 900))
                                + String.format("%08d", i) + "\", \"to\": \"" + sender + "\", \"text\": \"fault " + key
                                + "\"}";
                        String reply = post(api, auth, key, body, f);
                        if (reply != null) {
                            synchronized (ack) {
                                ack.println(key + "\t" + first(MESSAGE, reply) + "\t" + first(CONVERSATION, reply));
                            }
                        }
                        if (intervalNanos > 0) {
                            next += intervalNanos;
                            long sleep = next - System.nanoTime();
                            if (sleep > 0) {
                                try {
                                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                                } catch (InterruptedException e) {
                                    return;
                                }
                            } else {
                                next = System.nanoTime();
                            }
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        long[] micros = f.micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "requests=%d attempts=%d acknowledged=%d unavailable_503=%d other_5xx=%d not_ready=%d not_problem_json=%d"
                        + " lost_connections=%d refused_4xx=%d gave_up=%d first_failure_ms=%d last_failure_ms=%d"
                        + " p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                f.requests.get(),
                f.attempts.get(),
                f.acknowledged.get(),
                f.unavailable.get(),
                f.otherServerErrors.get(),
                f.notReady.get(),
                f.notProblem.get(),
                f.lostConnections.get(),
                f.refused.get(),
                f.gaveUp.get(),
                f.firstFailureMillis.get(),
                f.lastFailureMillis.get(),
                percentile(micros, 50) / 1000.0,
                percentile(micros, 99) / 1000.0,
                micros.length == 0 ? 0 : micros[micros.length - 1] / 1000.0);
    }

    /** The acknowledged answer's body, or null when the message was given up (refused, or never acknowledged). */
    private String post(String api, String auth, String key, String body, Figures f) {
        f.requests.incrementAndGet();
        long started = System.currentTimeMillis();
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        while (true) {
            long attempt = System.nanoTime();
            f.attempts.incrementAndGet();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    f.micros.add((System.nanoTime() - attempt) / 1000);
                    f.acknowledged.incrementAndGet();
                    return response.body();
                }
                boolean problem = response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/problem+json");
                if (!problem && (status == 404 || status == 503)) {
                    // Every answer of the application itself is problem+json (README, "API tour"); a bare 404 or
                    // 503 comes from Payara while the application is not deployed (between start-domain and the
                    // deployment): the request never reached the application, like a refused connection, so it is
                    // retried under the same key. A wrong URL would not heal: it ends in gave_up, which fails.
                    f.notReady.incrementAndGet();
                } else if (status == 503 && problem && response.headers().firstValue("Retry-After").isPresent()) {
                    f.unavailable.incrementAndGet();
                } else if (status >= 500) {
                    if (!problem && f.notProblem.incrementAndGet() <= 5) {
                        System.err.println("not problem+json " + status + ": " + response.body());
                    }
                    f.otherServerErrors.incrementAndGet();
                } else {
                    if (!problem) {
                        f.notProblem.incrementAndGet();
                    }
                    f.refused.incrementAndGet();
                    System.err.println("refused " + status + ": " + response.body());
                    return null;
                }
            } catch (IOException e) {
                f.lostConnections.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            long now = System.currentTimeMillis();
            f.firstFailureMillis.compareAndSet(0, now);
            f.lastFailureMillis.accumulateAndGet(now, Math::max);
            if (now - started > RETRY_MILLIS) {
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

    // --- the gateway ---------------------------------------------------------------------------------------------

    private static void receiver(int port, Path keysFile) throws IOException {
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        AtomicLong total = new AtomicLong();
        AtomicLong missingKey = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            String answer = "";
            if ("POST".equals(exchange.getRequestMethod())) {
                exchange.getRequestBody().readAllBytes();
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                total.incrementAndGet();
                if (key == null) {
                    missingKey.incrementAndGet();
                } else {
                    deliveries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                }
                answer = "{\"accepted\": true}";
            } else if (exchange.getRequestURI().getPath().endsWith("/dump")) {
                Files.write(keysFile, new ArrayList<>(deliveries.keySet()));
                answer = "keys=" + deliveries.size() + "\n";
            } else {
                long distinct = deliveries.size();
                answer = "deliveries=" + total.get() + " distinct=" + distinct + " redelivered="
                        + (total.get() - missingKey.get() - distinct) + " without_key=" + missingKey.get() + "\n";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        System.out.println("receiver listening on 127.0.0.1:" + port);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String token(String apiKeyReply) {
        return apiKeyReply.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static String first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + json);
        }
        return m.group(1);
    }

    private String call(String api, String auth, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", auth)
                .timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
