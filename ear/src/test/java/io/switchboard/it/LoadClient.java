package io.switchboard.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The HTTP side of the load ITs, as a channel gateway behaves: HTTP/1.1 (the JDK client would otherwise try an h2c
 * upgrade that gateways do not make), a bounded wait per request, and an inbound message posted under an
 * Idempotency-Key so that a connection lost under load is retried without a second message (README, "Idempotency").
 */
final class LoadClient {

    private static final int ATTEMPTS = 3;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String token;

    LoadClient(String token) {
        this.token = token;
    }

    /** POST {@code /api/v1/messages}; the status of the first answer the server gave. */
    int postMessage(String url, String json) throws IOException, InterruptedException {
        return send(request(url)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build())
                .statusCode();
    }

    /** PUT, idempotent by nature (a status set twice is set once). */
    HttpResponse<String> put(String url, String json) throws IOException, InterruptedException {
        return send(request(url).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** POST (not repeated on a lost connection: the caller checks what the server answered). */
    HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return client.send(
                request(url).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** DELETE, idempotent by nature. */
    HttpResponse<String> delete(String url) throws IOException, InterruptedException {
        return send(request(url).DELETE().build());
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    // The same request (same Idempotency-Key) again after a lost connection; every attempt's failure is kept.
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        IOException lost = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                System.err.printf(
                        "LoadClient: attempt %d of %s %s lost: %s%n", attempt, request.method(), request.uri(), e);
                if (lost == null) {
                    lost = e;
                } else {
                    lost.addSuppressed(e);
                }
            }
        }
        throw lost;
    }
}
