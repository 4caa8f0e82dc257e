package io.switchboard.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end inbound-message-to-assigned throughput of a running server: new customers write at once to the
 * Default queue with automatic assignment on and a few available agents of large capacity. Each intake answers
 * once its conversation is stored and assigned (one transaction), so answers per second is the throughput; every
 * conversation's assignee is checked afterwards. Leaves the Default queue and the agents as they were.
 *
 * <p>Usage: {@code java -cp ... io.switchboard.benchmarks.InboundLoadDriver <app-url> <admin-password>
 * [messages=2000] [concurrency=32] [agents=10] [warmup=200]}: the warm-up messages go first, at the same
 * concurrency, and are not counted. Prints messages per second, the intake latency's p50/p99/max and how many of the
 * counted conversations got an assignee.
 */
public final class InboundLoadDriver {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern CONVERSATION = Pattern.compile("\"conversationId\"\\s*:\\s*(\\d+)");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private String auth;

    private InboundLoadDriver(String app, String adminPassword) {
        this.api = app + "/api/v1";
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        int agentCount = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        new InboundLoadDriver(args[0], args[1]).run(messages, concurrency, agentCount, warmup);
    }

    private void run(int messages, int concurrency, int agentCount, int warmup) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = call("POST", "/api-keys", "{\"name\": \"load-" + run + "\", \"roles\": [\"ACCOUNT_MANAGER\", \"AGENT\"]}");
        auth = "Bearer " + key.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String sender = "+1444" + (1_000_000 + Math.abs(run.hashCode() % 8_000_000));
        call("POST", "/senders", "{\"channel\": \"SMS\", \"address\": \"" + sender + "\", \"name\": \"load " + run + "\"}");
        String statuses = call("GET", "/agent-statuses", null);
        String available = statusId(statuses, "AVAILABLE");
        String offline = statusId(statuses, "OFFLINE");
        String queues = call("GET", "/queues", null);
        String defaultQueue = first(ID, queues);
        String defaultName = queues.replaceAll("(?s)^\\[\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String before = queues.replaceAll("(?s)^\\[\\{[^}]*?\"autoAssignment\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            String agent = first(ID, call("POST", "/agents", "{\"kind\": \"HUMAN\", \"name\": \"Load " + run + " " + i
                    + "\", \"username\": \"load-" + run + "-" + i + "\", \"password\": \"a long enough password\"}"));
            call("PUT", "/agents/" + agent + "/capacity", "{\"capacities\": {\"LIVE_MESSAGING\": 1000}}");
            call("PUT", "/agents/" + agent + "/status", "{\"statusId\": " + available + "}");
            agents.add(agent);
        }
        call("PUT", "/queues/" + defaultQueue, "{\"name\": \"" + defaultName + "\", \"autoAssignment\": \"ANY_AVAILABLE_AGENT\"}");
        String prefix = "+1333" + (100 + Math.floorMod(run.hashCode(), 900));
        if (warmup > 0) {
            send(prefix + "9", sender, warmup, concurrency);
        }
        long started = System.nanoTime();
        Sent sent = send(prefix, sender, messages, concurrency);
        double seconds = (System.nanoTime() - started) / 1e9;
        call("PUT", "/queues/" + defaultQueue, "{\"name\": \"" + defaultName + "\", \"autoAssignment\": \"" + before + "\"}");
        for (String agent : agents) {
            call("PUT", "/agents/" + agent + "/status", "{\"statusId\": " + offline + "}");
        }
        long assigned = 0;
        for (String conversation : sent.conversations) {
            if (call("GET", "/conversations/" + conversation, null).contains("\"assignee\"")) {
                assigned++;
            }
        }
        long[] latencies = sent.micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d inbound messages (after %d warm-up), concurrency %d, %d agents: %.1f s, %.0f messages/s"
                + " created and assigned; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d of %d assigned%n",
                messages, warmup, concurrency, agentCount, seconds, messages / seconds,
                percentile(latencies, 50) / 1000.0, percentile(latencies, 99) / 1000.0,
                latencies[latencies.length - 1] / 1000.0, assigned, sent.conversations.size());
    }

    /** Conversation ids in order and each request's latency in microseconds. */
    private record Sent(List<String> conversations, List<Long> micros) {
    }

    // Each message from a distinct customer, so each opens (and assigns) a new conversation.
    private Sent send(String fromPrefix, String sender, int messages, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<long[]>> replies = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                String body = "{\"channel\": \"SMS\", \"from\": \"" + fromPrefix + String.format("%07d", i)
                        + "\", \"to\": \"" + sender + "\", \"text\": \"load " + i + "\"}";
                replies.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    String reply = call("POST", "/messages", body);
                    return new long[] {Long.parseLong(first(CONVERSATION, reply)), (System.nanoTime() - start) / 1000};
                }));
            }
            List<String> conversations = new ArrayList<>();
            List<Long> micros = new ArrayList<>();
            for (Future<long[]> reply : replies) {
                conversations.add(String.valueOf(reply.get()[0]));
                micros.add(reply.get()[1]);
            }
            return new Sent(conversations, micros);
        } finally {
            pool.shutdown();
        }
    }

    // Nearest-rank percentile of sorted values.
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String statusId(String statuses, String code) {
        // JSON-B writes properties in alphabetical order: find the status's object, then its id.
        Matcher m = Pattern.compile("\\{[^}]*\"systemCode\"\\s*:\\s*\"" + code + "\"[^}]*}").matcher(statuses);
        if (!m.find()) {
            throw new IllegalStateException("no status " + code + " in " + statuses);
        }
        return first(ID, m.group());
    }

    private static String first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + json);
        }
        return m.group(1);
    }

    private String call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
