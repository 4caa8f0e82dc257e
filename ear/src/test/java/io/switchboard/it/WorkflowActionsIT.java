package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workflow actions that reach out (issue 16): Call API and Message on Slack go through the outbox to loopback
 * receivers (private addresses are allowed in the test domain only) with their method, headers and body, and the run
 * records them as queued for delivery; Populate form fields fills the conversation's form with the same type checks
 * as an agent's entry. Every workflow here is limited to this test's own sender and deleted at the end.
 */
class WorkflowActionsIT {

    private static final String JSON = "application/json";

    /** One request a receiver got. */
    record Received(String method, String target, Map<String, String> headers, String body) {}

    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static final List<Long> workflows = new ArrayList<>();
    private static final List<Long> fields = new ArrayList<>();
    private static HttpServer receiver;
    private static String base;
    private static String supervisor;
    private static String line;
    private static long lineId;

    @BeforeAll
    static void setUp() throws IOException {
        supervisor = bearer(createApiKey(unique("wfa-admin"), "ACCOUNT_MANAGER"));
        line = phone();
        lineId = ReachIT.created(request("POST", API + "/senders", supervisor, JSON, """
                        {"channel": "SMS", "address": "%s"}""".formatted(line)))
                .getInt("id");
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(),
                    headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        base = "http://127.0.0.1:" + receiver.getAddress().getPort();
    }

    @AfterAll
    static void tearDown() {
        workflows.forEach(id -> request("DELETE", API + "/workflows/" + id, supervisor, null, null));
        fields.forEach(id -> request("DELETE", API + "/form-fields/" + id, supervisor, null, null));
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /**
     * Guide: Call API "consists of the following parameters: Method, URL, Content type, Headers, Body", and "the
     * 'Content', 'From', and all Email variables within the Call API action are only available when using the ...
     * 'Inbound message received' triggers"; Message on Slack has a "Standard placeholder picker"; Populate form fields
     * fills input fields "with fixed text or a value picked from the standard attribute picker".
     */
    @Test
    void aCustomerMessageCallsTheApiPostsToSlackAndFillsTheForm() throws Exception {
        long note = field(unique("wfa-note"), "TEXT");
        long count = field(unique("wfa-count"), "WHOLE_NUMBER");
        long id = create("""
                {"name": "%s", "triggers": [{"type": "INBOUND_MESSAGE_RECEIVED"}],
                 "conditions": {"join": "AND", "conditions": [{"attribute": "conversation.to", "operator": "IS", "value": "%d"}]},
                 "actions": [
                   {"type": "CALL_API", "method": "PUT", "url": "%s/crm/people/{{conversation.shortId}}?from={{message.from}}",
                    "contentType": "JSON", "headers": {"X-Api-Key": "secret-1", "X-Ticket": "{{conversation.shortId}}"},
                    "body": "{\\"segment\\": \\"SUPPORT CUSTOMER\\", \\"said\\": \\"{{message.content}}\\"}"},
                   {"type": "SLACK_MESSAGE", "url": "%s/slack/T1/B1", "text": "New message: {{message.content}}"},
                   {"type": "POPULATE_FORM_FIELDS", "fields": {"%d": "{{message.content}}"}},
                   {"type": "POPULATE_FORM_FIELDS", "fields": {"%d": "{{message.content}}"}}
                 ]}""".formatted(unique("reach-out"), lineId, base, base, note, count));
        String customer = phone();
        String text = "Where is \\\"my\\\" parcel?";
        long conversation = inbound(customer, line, text);
        String said = "Where is \"my\" parcel?";

        JsonObject run = awaitRun(conversation);
        assertThat(run.getInt("workflowId")).isEqualTo((int) id);
        List<JsonObject> actions = run.getJsonArray("actions").getValuesAs(JsonObject.class);
        assertThat(actions)
                .extracting(a -> a.getString("outcome"))
                .containsExactly("QUEUED", "QUEUED", "DONE", "FAILED");
        assertThat(actions.get(0).getString("detail")).startsWith("queued for delivery");
        assertThat(actions.get(3).getString("detail")).contains("values." + count);

        List<Received> requests = awaitRequests(2);
        int shortId =
                get(API + "/conversations/" + conversation, supervisor).json().getInt("shortId");
        Received call = requests.stream()
                .filter(r -> r.target().startsWith("/crm"))
                .findFirst()
                .orElseThrow();
        assertThat(call.method()).isEqualTo("PUT");
        assertThat(call.target()).isEqualTo("/crm/people/" + shortId + "?from=%2B" + customer.substring(1));
        assertThat(call.headers())
                .containsEntry("content-type", "application/json")
                .containsEntry("x-api-key", "secret-1")
                .containsEntry("x-ticket", String.valueOf(shortId))
                .containsKey("idempotency-key");
        JsonObject body = new TestServer.Reply(200, JSON, null, null, null, call.body()).json();
        assertThat(body.getString("segment")).isEqualTo("SUPPORT CUSTOMER");
        assertThat(body.getString("said")).isEqualTo(said);

        Received slack = requests.stream()
                .filter(r -> r.target().startsWith("/slack"))
                .findFirst()
                .orElseThrow();
        assertThat(slack.method()).isEqualTo("POST");
        assertThat(slack.target()).isEqualTo("/slack/T1/B1");
        assertThat(slack.headers()).containsEntry("content-type", "application/json");
        assertThat(new TestServer.Reply(200, JSON, null, null, null, slack.body())
                        .json()
                        .getString("text"))
                .isEqualTo("New message: " + said);

        JsonObject form = get(API + "/conversations/" + conversation + "/form", supervisor)
                .json();
        assertThat(form.getJsonObject("values").getString(String.valueOf(note))).isEqualTo(said);
        assertThat(form.getJsonObject("values").containsKey(String.valueOf(count)))
                .isFalse();
    }

    @Test
    void badActionsAreRefusedNamingTheFieldAndStoreNothing() {
        long count = field(unique("wfa-n"), "WHOLE_NUMBER");
        int before = get(API + "/workflows", supervisor).jsonArray().size();
        String inbound = "\"triggers\": [{\"type\": \"INBOUND_MESSAGE_RECEIVED\"}]";
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "CALL_API", "method": "FETCH", "url": "https://api.example/x"}]}""".formatted(inbound)), "actions[0].method");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "CALL_API", "method": "POST", "url": "ftp://api.example/x"}]}""".formatted(inbound)), "actions[0].url");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "CALL_API", "method": "POST", "url": "https://api.example/x",
                  "headers": {"Bad Header": "1"}}]}""".formatted(inbound)), "actions[0].headers");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "CALL_API", "method": "POST", "url": "https://api.example/x",
                  "contentType": "FORM_DATA", "body": "not a pair"}]}""".formatted(inbound)), "actions[0].body");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "CALL_API", "method": "GET", "url": "https://api.example/x",
                  "contentType": "JSON", "body": "{}"}]}""".formatted(inbound)), "actions[0].body");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "SLACK_MESSAGE", "text": "hi"}]}""".formatted(inbound)), "actions[0].url");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "SLACK_MESSAGE", "url": "https://hooks.slack.example/T", "text": "{{nope}}"}]}""".formatted(inbound)), "actions[0].text");
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "POPULATE_FORM_FIELDS", "fields": {"%d": "many"}}]}""".formatted(inbound, count)), "actions[0].fields." + count);
        assertField(post("""
                {"name": "x", %s, "actions": [{"type": "POPULATE_FORM_FIELDS", "fields": {"999999999": "x"}}]}""".formatted(inbound)), "actions[0].fields.999999999");
        assertThat(get(API + "/workflows", supervisor).jsonArray().size()).isEqualTo(before);
    }

    private static TestServer.Reply post(String body) {
        return request("POST", API + "/workflows", supervisor, JSON, body);
    }

    private static long create(String body) {
        long id = ReachIT.created(post(body)).getInt("id");
        workflows.add(id);
        return id;
    }

    private static long field(String name, String type) {
        long id = ReachIT.created(request("POST", API + "/form-fields", supervisor, JSON, """
                        {"name": "%s", "type": "%s"}""".formatted(name, type)))
                .getInt("id");
        fields.add(id);
        return id;
    }

    private static JsonObject awaitRun(long conversation) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonArray runs;
        do {
            runs = get(API + "/conversations/" + conversation + "/workflow-runs", supervisor)
                    .jsonArray();
            if (!runs.isEmpty()) {
                return runs.getJsonObject(0);
            }
            Thread.sleep(300);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no workflow run recorded on conversation " + conversation);
    }

    private static List<Received> awaitRequests(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(received).as("requests the receivers got").hasSizeGreaterThanOrEqualTo(count);
        return List.copyOf(received);
    }

    private static long inbound(String customer, String to, String text) {
        return ReachIT.created(request(
                        "POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                        {"channel": "SMS", "from": "%s", "to": "%s", "text": "%s"}""".formatted(customer, to, text)))
                .getInt("conversationId");
    }

    private static String phone() {
        return "+385" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
