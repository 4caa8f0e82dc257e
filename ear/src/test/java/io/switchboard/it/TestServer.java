package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The Payara Server the build started for the integration tests, and a small HTTP client for its API. */
public final class TestServer {

    /** {@code http://127.0.0.1:<port>/switchboard} */
    public static final String APP = System.getProperty("switchboard.url", "http://127.0.0.1:28080/switchboard");
    /** {@code http://127.0.0.1:<port>}: health, OpenAPI and metrics live at the server's root. */
    public static final String SERVER = System.getProperty("switchboard.server.url", "http://127.0.0.1:28080");

    public static final String API = APP + "/api/v1";

    // HTTP/1.1 as browsers and gateways speak it over plain HTTP (no h2c upgrade).
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private TestServer() {}

    /** The password the build chose for {@code admin} before the server's first start. */
    public static String adminPassword() {
        try {
            return Files.readString(Path.of(System.getProperty("switchboard.admin.password.file")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String asAdmin() {
        return basic("admin", adminPassword());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A name no other test run uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an API key as admin and returns its token. */
    public static String createApiKey(String name, String... roles) {
        JsonArrayBuilder roleNames = Json.createArrayBuilder();
        for (String role : roles) {
            roleNames.add(role);
        }
        String json = Json.createObjectBuilder()
                .add("name", name)
                .add("roles", roleNames)
                .build()
                .toString();
        Reply reply = request("POST", API + "/api-keys", asAdmin(), "application/json", json);
        if (reply.status() != 201) {
            throw new IllegalStateException("could not create API key: " + reply);
        }
        return reply.json().getString("token");
    }

    private static String gatewayKey;

    /**
     * A channel gateway's API key (role GATEWAY), created once per run: only gateways (and supervisors) post customers'
     * messages; agents never do.
     */
    public static synchronized String gatewayKey() {
        if (gatewayKey == null) {
            gatewayKey = bearer(createApiKey(unique("test-gateway"), "GATEWAY"));
        }
        return gatewayKey;
    }

    public static Reply get(String url, String authorization) {
        return request("GET", url, authorization, null, null);
    }

    public static Reply request(String method, String url, String authorization, String contentType, String body) {
        return requestWithHeader(method, url, authorization, contentType, body, null, null);
    }

    public static Reply requestWithHeader(
            String method,
            String url,
            String authorization,
            String contentType,
            String body,
            String headerName,
            String headerValue) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (headerName != null) {
            builder.header(headerName, headerValue);
        }
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("WWW-Authenticate").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Idempotent-Replayed").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts a 400 problem whose first field at fault is {@code field}. */
    public static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo(field);
    }

    /** What the server answered. */
    public record Reply(
            int status,
            String contentType,
            String wwwAuthenticate,
            String location,
            String idempotentReplayed,
            String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }
}
