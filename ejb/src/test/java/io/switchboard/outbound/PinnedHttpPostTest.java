package io.switchboard.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PinnedHttpPostTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private record Seen(String host, String target, String signature, String body) {}

    private int serve(AtomicReference<Seen> seen, int status, String answer, boolean chunked) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            seen.set(new Seen(
                    exchange.getRequestHeaders().getFirst("Host"),
                    exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("X-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    /** The name never resolves (.invalid): the request can only have gone to the address it was given. */
    @Test
    void connectsToTheCheckedAddressAndKeepsTheHostName() throws IOException {
        AtomicReference<Seen> seen = new AtomicReference<>();
        int port = serve(seen, 202, "accepted", false);
        URI uri = URI.create("http://gateway.invalid:" + port + "/hook/in?tenant=a%20b");

        PinnedHttpPost.Answer answer = PinnedHttpPost.post(
                uri,
                List.of(InetAddress.getLoopbackAddress()),
                Map.of("X-Signature", "v1=abc"),
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                TIMEOUT,
                TIMEOUT,
                (SSLSocketFactory) SSLSocketFactory.getDefault());

        assertThat(answer).isEqualTo(new PinnedHttpPost.Answer(202, "accepted"));
        assertThat(seen.get())
                .isEqualTo(new Seen("gateway.invalid:" + port, "/hook/in?tenant=a%20b", "v1=abc", "{\"a\":1}"));
    }

    @Test
    void triesTheNextCheckedAddressWhenOneRefusesTheConnection() throws IOException {
        AtomicReference<Seen> seen = new AtomicReference<>();
        int port = serve(seen, 500, "boom", true);
        InetAddress nobodyThere = InetAddress.getByName("127.0.0.2");
        PinnedHttpPost.Answer answer = PinnedHttpPost.post(
                URI.create("http://gw.invalid:" + port + "/"),
                List.of(nobodyThere, InetAddress.getLoopbackAddress()),
                Map.of(),
                new byte[0],
                TIMEOUT,
                TIMEOUT,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        assertThat(answer).isEqualTo(new PinnedHttpPost.Answer(500, "boom"));
    }

    @Test
    void aClosedPortIsAnIoFailure() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertThatThrownBy(() -> PinnedHttpPost.post(
                        URI.create("http://gw.invalid:" + port + "/"),
                        List.of(InetAddress.getLoopbackAddress()),
                        Map.of(),
                        new byte[0],
                        TIMEOUT,
                        TIMEOUT,
                        (SSLSocketFactory) SSLSocketFactory.getDefault()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void headersCannotSmuggleLines() {
        assertThatThrownBy(() -> PinnedHttpPost.head(
                        URI.create("http://gw.example/"),
                        "gw.example",
                        80,
                        false,
                        Map.of("X-A", "b\r\nX-Injected: 1"),
                        0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRequestHeadNamesTheHostWithItsPortWhenNotTheDefault() {
        assertThat(PinnedHttpPost.head(URI.create("https://gw.example/x"), "gw.example", 443, true, Map.of(), 3))
                .startsWith("POST /x HTTP/1.1\r\nHost: gw.example\r\n")
                .contains("Content-Length: 3\r\n")
                .endsWith("\r\n\r\n");
        assertThat(PinnedHttpPost.head(
                        URI.create("http://[2001:db8::1]:8080"), "[2001:db8::1]", 8080, false, Map.of(), 0))
                .startsWith("POST / HTTP/1.1\r\nHost: [2001:db8::1]:8080\r\n");
    }

    @Test
    void readsAnswersOfEveryFraming() throws IOException {
        assertThat(read("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello world"))
                .isEqualTo(new PinnedHttpPost.Answer(200, "hello"));
        assertThat(read("HTTP/1.1 503 Busy\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"))
                .isEqualTo(new PinnedHttpPost.Answer(503, "abcde"));
        assertThat(read("HTTP/1.0 404 Not Found\r\n\r\nuntil the end"))
                .isEqualTo(new PinnedHttpPost.Answer(404, "until the end"));
        assertThat(read("HTTP/1.1 204 No Content\r\n\r\n")).isEqualTo(new PinnedHttpPost.Answer(204, ""));
        assertThat(read("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(100_000))
                        .bodyStart())
                .hasSize(PinnedHttpPost.BODY_LIMIT);
    }

    @Test
    void refusesWhatIsNotHttp() {
        assertThatThrownBy(() -> read("SSH-2.0-OpenSSH\r\n\r\n")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("HTTP/1.1 abc OK\r\n\r\n")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(IOException.class);
    }

    private static PinnedHttpPost.Answer read(String raw) throws IOException {
        return PinnedHttpPost.read(new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aWorkflowCallSendsItsOwnMethod() {
        assertThat(PinnedHttpPost.head(
                        "PATCH", URI.create("https://api.example/p?q=1"), "api.example", 443, true, Map.of(), 0))
                .startsWith("PATCH /p?q=1 HTTP/1.1\r\nHost: api.example\r\n");
    }
}
