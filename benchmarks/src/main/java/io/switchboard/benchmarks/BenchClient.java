package io.switchboard.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST steps of {@code benchmarks/run.sh} (setup and bulk work that wrk cannot do): each subcommand prints
 * shell assignments or one figure, so the script stays shell + wrk + psql.
 *
 * <pre>
 * setup    APP ADMIN_PASSWORD AGENTS CAPACITY      keys, an SMS sender, agents (Offline, Live Messaging capacity),
 *                                                  the Default queue on ANY_AVAILABLE_AGENT; prints KEY=value lines
 * agents   APP KEY COUNT CAPACITY NAME             COUNT more agents (Offline) with that capacity; prints their ids
 * status   APP KEY STATUS_ID ID...                 puts the agents in that status, in parallel; prints the ms taken
 * post     APP GATEWAY_KEY TO FROM_PREFIX COUNT CONCURRENCY
 *                                                  COUNT messages, from FROM_PREFIX + 6 digits (0..COUNT-1)
 * latency  APP GATEWAY_KEY TO FROM_PREFIX COUNT    COUNT messages one after the other (each a new customer's, so
 *                                                  each opens a conversation); prints p50_us=… p90_us=… p99_us=…
 * call     APP KEY METHOD PATH [BODY]              one API call (PATH under /api/v1); prints the answer's body
 * </pre>
 */
public final class BenchClient {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final int PARALLEL = 32;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String api;

    BenchClient(String app) {
        this.api = app + "/api/v1";
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: see the class comment");
        }
        BenchClient bench = new BenchClient(args[1]);
        switch (args[0]) {
            case "setup" -> bench.setup(args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "agents" ->
                System.out.println(String.join(
                        " ",
                        bench.agents(bearer(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5])));
            case "status" -> {
                long started = System.nanoTime();
                bench.status(bearer(args[2]), args[3], List.of(args).subList(4, args.length));
                System.out.println((System.nanoTime() - started) / 1_000_000);
            }
            case "post" ->
                bench.post(bearer(args[2]), args[3], args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            case "latency" -> bench.latency(bearer(args[2]), args[3], args[4], Integer.parseInt(args[5]));
            case "call" -> System.out.println(bench.call(bearer(args[2]), args[3], args[4], args.length > 5 ? args[5] : null));
            default -> throw new IllegalArgumentException("unknown subcommand " + args[0]);
        }
    }

    private void setup(String adminPassword, int agentCount, int capacity) throws Exception {
        setupValues(adminPassword, agentCount, capacity).forEach((k, v) -> System.out.println(k + "=" + v));
    }

    /**
     * Keys, an SMS sender, agents (Offline) with that Live Messaging capacity, the Default queue on
     * ANY_AVAILABLE_AGENT: the names and values {@code setup} prints (AGENT_IDS quoted, space-separated).
     */
    Map<String, String> setupValues(String adminPassword, int agentCount, int capacity) throws Exception {
        String admin = basic(adminPassword);
        // A supervisor's key for setup, a gateway's for customers' messages (as a channel gateway posts them).
        String manager = token(call(
                admin,
                "POST",
                "/api-keys",
                "{\"name\": \"bench-setup\", \"roles\": [\"ACCOUNT_MANAGER\", \"AGENT\"]}"));
        String gateway =
                token(call(admin, "POST", "/api-keys", "{\"name\": \"bench-gateway\", \"roles\": [\"GATEWAY\"]}"));
        String sender = "+14445550100";
        call(
                bearer(manager),
                "POST",
                "/senders",
                "{\"channel\": \"SMS\", \"address\": \"" + sender + "\", \"name\": \"bench\"}");
        String statuses = call(bearer(manager), "GET", "/agent-statuses", null);
        String available = statusId(statuses, "AVAILABLE");
        String offline = statusId(statuses, "OFFLINE");
        String busy = statusId(statuses, "BUSY");
        String queues = call(bearer(manager), "GET", "/queues", null);
        String defaultQueue = first(ID, queues);
        String defaultName = queues.replaceAll("(?s)^\\[\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        call(
                bearer(manager),
                "PUT",
                "/queues/" + defaultQueue,
                "{\"name\": \"" + defaultName + "\", \"autoAssignment\": \"ANY_AVAILABLE_AGENT\"}");
        List<String> agents = agents(bearer(manager), agentCount, capacity, "Bench");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("MANAGER_KEY", manager);
        values.put("GATEWAY_KEY", gateway);
        values.put("SENDER", sender);
        values.put("QUEUE_ID", defaultQueue);
        values.put("AVAILABLE_ID", available);
        values.put("OFFLINE_ID", offline);
        values.put("BUSY_ID", busy);
        values.put("AWAY_ID", statusId(statuses, "AWAY"));
        values.put("AGENT_IDS", "\"" + String.join(" ", agents) + "\"");
        return values;
    }

    static String basic(String adminPassword) {
        return "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    List<String> agents(String auth, int count, int capacity, String name) throws Exception {
        List<Callable<String>> creations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = name.toLowerCase().replace(' ', '-') + "-" + i;
            String body = "{\"kind\": \"HUMAN\", \"name\": \"" + name + " " + i + "\", \"username\": \"" + username
                    + "\", \"password\": \"a long enough password\"}";
            creations.add(() -> {
                String agent = first(ID, call(auth, "POST", "/agents", body));
                call(
                        auth,
                        "PUT",
                        "/agents/" + agent + "/capacity",
                        "{\"capacities\": {\"LIVE_MESSAGING\": " + capacity + "}}");
                return agent;
            });
        }
        return inParallel(creations, PARALLEL);
    }

    void status(String auth, String statusId, List<String> agents) throws Exception {
        List<Callable<String>> changes = new ArrayList<>();
        for (String agent : agents) {
            changes.add(() -> call(auth, "PUT", "/agents/" + agent + "/status", "{\"statusId\": " + statusId + "}"));
        }
        // All at once: "agents come online together".
        inParallel(changes, Math.max(1, Math.min(agents.size(), 64)));
    }

    private void post(String auth, String to, String fromPrefix, int count, int concurrency) throws Exception {
        List<Callable<String>> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "{\"channel\": \"SMS\", \"from\": \"" + fromPrefix + String.format("%06d", i)
                    + "\", \"to\": \"" + to + "\", \"text\": \"bench " + i + "\"}";
            messages.add(() -> call(auth, "POST", "/messages", body));
        }
        long started = System.nanoTime();
        inParallel(messages, concurrency);
        System.out.printf("%.1f%n", count * 1e9 / (System.nanoTime() - started));
    }

    private void latency(String auth, String to, String fromPrefix, int count) throws Exception {
        long[] micros = new long[count];
        for (int i = 0; i < count; i++) {
            String body = "{\"channel\": \"SMS\", \"from\": \"" + fromPrefix + String.format("%06d", i)
                    + "\", \"to\": \"" + to + "\", \"text\": \"bench " + i + "\"}";
            long started = System.nanoTime();
            call(auth, "POST", "/messages", body);
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        java.util.Arrays.sort(micros);
        System.out.println("p50_us=" + micros[count / 2] + " p90_us=" + micros[count * 9 / 10] + " p99_us="
                + micros[Math.min(count - 1, count * 99 / 100)]);
    }

    private static List<String> inParallel(List<Callable<String>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> futures = pool.invokeAll(tasks);
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String token(String apiKeyReply) {
        return apiKeyReply.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static String statusId(String statuses, String code) {
        // JSON-B writes properties in alphabetical order: find the status's object, then its id.
        Matcher m = Pattern.compile("\\{[^}]*\"systemCode\"\\s*:\\s*\"" + code + "\"[^}]*}")
                .matcher(statuses);
        if (!m.find()) {
            throw new IllegalStateException("no status " + code + " in " + statuses);
        }
        return first(ID, m.group());
    }

    static String first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + json);
        }
        return m.group(1);
    }

    /** One API call whose answer must be a success: its body (an exception names any other answer). */
    String call(String auth, String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(auth, method, path, body, null, Duration.ofSeconds(120));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** One API call (PATH under /api/v1), whatever it answers; an Idempotency-Key when one is given. */
    HttpResponse<String> send(String auth, String method, String path, String body, String idempotencyKey,
            Duration timeout) throws java.io.IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", auth)
                .timeout(timeout);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
