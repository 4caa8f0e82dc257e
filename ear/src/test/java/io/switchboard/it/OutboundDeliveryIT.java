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
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies reach a real HTTP gateway on loopback (allowed for the test domain only), signed and with an idempotency
 * key; failures are retried with backoff (the test domain's base is one second) and end as dead letters.
 */
class OutboundDeliveryIT {

    private static final String JSON = "application/json";
    private static String supervisor;
    private static String agent;

    /** A request the gateway received. */
    record Received(String body, String idempotencyKey, String timestamp, String signature, int answeredWith) {}

    private HttpServer gateway;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("outbound-admin"), "ACCOUNT_MANAGER"));
        agent = bearer(createApiKey(unique("outbound-agent"), "AGENT"));
    }

    @BeforeEach
    void noGatewayYet() {
        received.clear();
    }

    @AfterEach
    void stopGateway() {
        if (gateway != null) {
            gateway.stop(0);
            gateway = null;
        }
    }

    /** Starts a loopback gateway answering each request with the status the supplier gives; returns its URL. */
    private String startGateway(IntSupplier status) throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int answer = status.getAsInt();
            received.add(new Received(
                    new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-Switchboard-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Switchboard-Signature"),
                    answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        gateway.start();
        return "http://127.0.0.1:" + gateway.getAddress().getPort() + "/hook";
    }

    @Test
    void aReplyIsPostedSignedWithItsIdempotencyKey() throws Exception {
        String url = startGateway(() -> 200);
        Line line = newLine(url);
        long messageId = reply(line.conversationId, "Your card is fine");

        Received delivery = awaitRequests(1).get(0);
        JsonObject payload = jsonOf(delivery.body());
        assertThat(payload.getString("text")).isEqualTo("Your card is fine");
        assertThat(payload.getInt("messageId")).isEqualTo((int) messageId);
        assertThat(payload.getString("from")).isEqualTo(line.sender);
        assertThat(payload.getString("to")).isEqualTo(line.customer);
        assertThat(payload.getString("authorKind")).isEqualTo("AGENT");
        assertThat(delivery.idempotencyKey()).isNotBlank().isEqualTo(payload.getString("idempotencyKey"));
        long timestamp = Long.parseLong(delivery.timestamp());
        assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
        assertThat(delivery.signature()).isEqualTo("v1=" + hmacHex(line.secret, timestamp + "." + delivery.body()));

        JsonObject entry = awaitEntry(messageId, "DELIVERED");
        assertThat(entry.getInt("attempts")).isEqualTo(1);
        assertThat(entry.getString("idempotencyKey")).isEqualTo(delivery.idempotencyKey());
        // The secret was shown once: reading the gateway gives its prefix only.
        JsonObject shown =
                get(API + "/senders/" + line.senderId + "/gateway", supervisor).json();
        assertThat(shown.containsKey("signingSecret")).isFalse();
        assertThat(line.secret).startsWith(shown.getString("secretPrefix"));
    }

    @Test
    void aFailingGatewayGetsTheMessageAfterRetriesUnderOneKey() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String url = startGateway(() -> calls.incrementAndGet() <= 2 ? 500 : 200);
        Line line = newLine(url);
        long messageId = reply(line.conversationId, "Second try lucky");

        List<Received> requests = awaitRequests(3);
        assertThat(requests).extracting(Received::answeredWith).containsExactly(500, 500, 200);
        assertThat(requests)
                .extracting(Received::idempotencyKey)
                .containsOnly(requests.get(0).idempotencyKey());
        assertThat(requests)
                .extracting(Received::body)
                .containsOnly(requests.get(0).body());
        JsonObject entry = awaitEntry(messageId, "DELIVERED");
        assertThat(entry.getInt("attempts")).isEqualTo(3);
    }

    @Test
    void aGatewayThatAlwaysFailsEndsDeadAndCanBeRetried() throws Exception {
        AtomicInteger status = new AtomicInteger(503);
        String url = startGateway(status::get);
        Line line = newLine(url);
        long messageId = reply(line.conversationId, "Nobody hears this");

        JsonObject dead = awaitEntry(messageId, "DEAD");
        assertThat(dead.getString("lastError")).contains("503");
        int attempts = dead.getInt("attempts");
        assertThat(attempts).isGreaterThanOrEqualTo(2);
        assertThat(received).hasSize(attempts);
        JsonObject listed =
                get(API + "/outbox?status=DEAD&size=100", supervisor).json();
        assertThat(listed.getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getInt("id") == dead.getInt("id"));
        assertThat(get(API + "/outbox/counts", supervisor).json().getInt("DEAD"))
                .isPositive();

        status.set(200);
        TestServer.Reply retried =
                request("POST", API + "/outbox/" + dead.getInt("id") + "/retry", supervisor, null, null);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        awaitEntry(messageId, "DELIVERED");
        TestServer.Reply again =
                request("POST", API + "/outbox/" + dead.getInt("id") + "/retry", supervisor, null, null);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void refusesGatewayUrlsThatAreNotHttp() {
        long senderId = createSender(phone());
        assertField(request("PUT", API + "/senders/" + senderId + "/gateway", supervisor, JSON, """
                {"url": "ftp://gateway.example.com"}"""), "url");
        assertField(request("PUT", API + "/senders/" + senderId + "/gateway", supervisor, JSON, "{}"), "url");
        assertThat(request("PUT", API + "/senders/" + senderId + "/gateway", agent, JSON, """
                {"url": "https://gateway.example.com"}""")
                        .status())
                .isEqualTo(403);
        assertThat(get(API + "/outbox?status=LOST", supervisor).status()).isEqualTo(400);
    }

    /** A sender with the gateway, and a customer's open conversation on it. */
    record Line(long senderId, String sender, String secret, String customer, long conversationId) {}

    private Line newLine(String url) {
        String sender = phone();
        long senderId = createSender(sender);
        TestServer.Reply configured =
                request("PUT", API + "/senders/" + senderId + "/gateway", supervisor, JSON, """
                {"url": "%s"}""".formatted(url));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        String secret = configured.json().getString("signingSecret");
        String customer = phone();
        TestServer.Reply inbound =
                request("POST", API + "/messages", TestServer.gatewayKey(), JSON, """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Is my card blocked?"}""".formatted(customer, sender));
        assertThat(inbound.status()).as(inbound.body()).isEqualTo(201);
        return new Line(senderId, sender, secret, customer, inbound.json().getInt("conversationId"));
    }

    private static long createSender(String address) {
        TestServer.Reply created = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "SMS", "address": "%s"}""".formatted(address));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getInt("id");
    }

    private static long reply(long conversationId, String text) {
        TestServer.Reply replied = request(
                "POST", API + "/conversations/" + conversationId + "/messages", agent, JSON, """
                {"text": "%s"}""".formatted(text));
        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        return replied.json().getInt("id");
    }

    private List<Received> awaitRequests(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(received).as("requests the gateway received").hasSizeGreaterThanOrEqualTo(count);
        return List.copyOf(received);
    }

    private static JsonObject awaitEntry(long messageId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject entry = null;
        while (Instant.now().isBefore(deadline)) {
            entry = get(API + "/outbox?messageId=" + messageId, supervisor)
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0);
            if (entry.getString("status").equals(status)) {
                return entry;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("outbox entry of message " + messageId + " never became " + status + ": " + entry);
    }

    private static JsonObject jsonOf(String body) {
        return new TestServer.Reply(200, JSON, null, null, null, body).json();
    }

    private static String hmacHex(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static String phone() {
        return "+385" + java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
