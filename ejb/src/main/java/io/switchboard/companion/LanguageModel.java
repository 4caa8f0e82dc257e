package io.switchboard.companion;

import io.switchboard.companion.logic.CompanionPrompts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's OpenAI-compatible chat-completions endpoint, when one is configured ({@code switchboard.llm.url},
 * {@code .model}, {@code .key}, {@code .timeout}; env {@code SWITCHBOARD_LLM_URL}...). Without one, or when it fails
 * or is too slow, the companion answers from its own extractive summary and reply index.
 */
@ApplicationScoped
public class LanguageModel {

    private static final Logger LOG = Logger.getLogger(LanguageModel.class.getName());

    @Inject
    @ConfigProperty(name = "switchboard.llm.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "switchboard.llm.model", defaultValue = "gpt-4o-mini")
    String model;

    @Inject
    @ConfigProperty(name = "switchboard.llm.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "switchboard.llm.timeout", defaultValue = "PT10S")
    String timeout;

    private volatile HttpClient client;

    /** Whether an endpoint is configured. */
    public boolean configured() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    /** The model's answer to these messages; empty when no endpoint is configured, or it failed or timed out. */
    public Optional<String> complete(List<CompanionPrompts.ChatMessage> messages) {
        if (!configured()) {
            return Optional.empty();
        }
        Duration limit = Duration.parse(timeout);
        JsonArrayBuilder chat = Json.createArrayBuilder();
        messages.forEach(
                m -> chat.add(Json.createObjectBuilder().add("role", m.role()).add("content", m.content())));
        String body = Json.createObjectBuilder()
                .add("model", model)
                .add("messages", chat)
                .add("temperature", 0.2)
                .build()
                .toString();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(url.get().strip()))
                    .timeout(limit)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            key.filter(k -> !k.isBlank()).ifPresent(k -> request.header("Authorization", "Bearer " + k.strip()));
            HttpResponse<String> response = client(limit).send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warning("language model answered " + response.statusCode() + "; the companion falls back");
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject answer = reader.readObject();
                String content = answer.getJsonArray("choices")
                        .getJsonObject(0)
                        .getJsonObject("message")
                        .getString("content");
                return content.isBlank() ? Optional.empty() : Optional.of(content);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            // Timeouts, refused connections, unreadable answers: the agent gets the offline answer instead.
            LOG.log(Level.WARNING, "language model not usable (" + e + "); the companion falls back", e);
            return Optional.empty();
        }
    }

    private HttpClient client(Duration limit) {
        HttpClient current = client;
        if (current == null) {
            current = HttpClient.newBuilder()
                    .connectTimeout(limit)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            client = current;
        }
        return current;
    }
}
