package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Waiting strategies through the API: the guide's limits, one per sender, voice prompts and audio files. */
class WaitingStrategiesIT {

    private static final String JSON = "application/json";
    /** A waiting message switched off. */
    private static final String OFF = """
            {"enabled": false}""";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static String supervisor;
    private static String gateway;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("waiting-admin"), "ACCOUNT_MANAGER"));
        gateway = bearer(createApiKey(unique("waiting-gateway"), "AGENT"));
    }

    private static long sender(String channel) {
        TestServer.Reply created = request("POST", API + "/senders", supervisor, JSON, """
                {"channel": "%s", "address": "+385%s"}""".formatted(
                        channel, ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getInt("id");
    }

    private static String messaging(long senderId, String announcement, String maxWait) {
        return """
                {
                    "senderId": %s,
                    "name": "%s",
                    "welcome": {"enabled": true, "text": "Hi! An agent will be with you shortly."},
                    "announcement": %s,
                    "maxWait": %s
                }""".formatted(senderId, unique("Support wait"), announcement, maxWait);
    }

    @Test
    void aDeletedSenderTakesItsGatewayAndWaitingStrategyWithIt() {
        long senderId = sender("SMS");
        TestServer.Reply gatewaySet = request("PUT", API + "/senders/" + senderId + "/gateway", supervisor, JSON, """
                {"url": "http://127.0.0.1:9/hook"}""");
        assertThat(gatewaySet.status()).as(gatewaySet.body()).isEqualTo(200);
        TestServer.Reply strategy =
                request("POST", API + "/waiting-strategies", supervisor, JSON, messaging(senderId, OFF, OFF));
        assertThat(strategy.status()).as(strategy.body()).isEqualTo(201);
        long strategyId = strategy.json().getInt("id");

        TestServer.Reply deleted = request("DELETE", API + "/senders/" + senderId, supervisor, null, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(get(API + "/senders/" + senderId, supervisor).status()).isEqualTo(404);
        assertThat(get(API + "/waiting-strategies/" + strategyId, supervisor).status())
                .isEqualTo(404);
    }

    @Test
    void aMessagingStrategyIsCreatedOncePerSenderAndPlansItsMessages() {
        long senderId = sender("WHATSAPP");
        TestServer.Reply created =
                request("POST", API + "/waiting-strategies", supervisor, JSON, messaging(senderId, """
                {"enabled": true, "text": "Thanks for waiting", "everyMinutes": 5, "maxCount": 2}""", """
                {"enabled": true, "text": "Sorry, we close now", "minutes": 12}"""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location())
                .endsWith("/waiting-strategies/" + created.json().getInt("id"));
        long id = created.json().getInt("id");

        TestServer.Reply second =
                request("POST", API + "/waiting-strategies", supervisor, JSON, messaging(senderId, OFF, OFF));
        assertThat(second.status()).as(second.body()).isEqualTo(409);

        JsonArray schedule = get(
                        API + "/waiting-strategies/" + id + "/schedule?enteredAt=2026-03-02T09:00:00Z", supervisor)
                .jsonArray();
        // The test server's strategy minute is one second (SWITCHBOARD_WAITING_MINUTE=PT1S).
        assertThat(schedule.getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("kind") + "@" + p.getString("at"))
                .containsExactly(
                        "WELCOME@2026-03-02T09:00:00Z",
                        "ANNOUNCEMENT@2026-03-02T09:00:05Z",
                        "ANNOUNCEMENT@2026-03-02T09:00:10Z",
                        "MAX_WAIT@2026-03-02T09:00:12Z");
        assertThat(schedule.getJsonObject(3).getBoolean("closesConversation")).isTrue();

        TestServer.Reply changed =
                request("PUT", API + "/waiting-strategies/" + id, supervisor, JSON, messaging(senderId, OFF, OFF));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getJsonObject("announcement").getBoolean("enabled"))
                .isFalse();
        assertThat(request("PUT", API + "/waiting-strategies/" + id, gateway, JSON, messaging(senderId, OFF, OFF))
                        .status())
                .isEqualTo(403);

        assertThat(request("DELETE", API + "/waiting-strategies/" + id, supervisor, null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/waiting-strategies/" + id, supervisor).status()).isEqualTo(404);
    }

    @Test
    void badMessagingSettingsAreRefusedNamingTheField() {
        long senderId = sender("SMS");
        assertField(
                request("POST", API + "/waiting-strategies", supervisor, JSON, messaging(senderId, """
                {"enabled": true, "text": "x", "everyMinutes": 0}""", OFF)),
                "announcement.everyMinutes");
        assertField(
                request("POST", API + "/waiting-strategies", supervisor, JSON, messaging(senderId, """
                {"enabled": true, "text": "x", "everyMinutes": 1, "maxCount": 61}""", OFF)),
                "announcement.maxCount");
        assertField(
                request("POST", API + "/waiting-strategies", supervisor, JSON, messaging(senderId, OFF, """
                {"enabled": true, "text": "x", "minutes": 61}""")),
                "maxWait.minutes");
        assertField(
                request("POST", API + "/waiting-strategies", supervisor, JSON, """
                {"senderId": %s, "name": "Nothing on", "welcome": {"enabled": false}}""".formatted(senderId)),
                "welcome.enabled");
        assertField(
                request("POST", API + "/waiting-strategies", supervisor, JSON, messaging(sender("VOICE"), OFF, OFF)),
                "senderId");
        assertField(request("POST", API + "/waiting-strategies", supervisor, JSON, """
                {"name": "x", "welcome": {"enabled": true, "text": "Hi"}}"""), "senderId");
    }

    private static String voice(long senderId) {
        return """
                {
                    "senderId": %s,
                    "name": "%s",
                    "maxWaitSeconds": 600,
                    "greeting": {
                        "enabled": true,
                        "source": "TEXT_TO_SPEECH",
                        "text": "Thank you for calling",
                        "language": "en-US",
                        "voice": "Joanna",
                        "speechRate": 1.1
                    },
                    "holdMusic": {"enabled": true, "source": "FILE"},
                    "announcement": {
                        "enabled": true,
                        "source": "TEXT_TO_SPEECH",
                        "everySeconds": 60,
                        "text": "You are {position:ordinal} in line",
                        "language": "en-US"
                    },
                    "maxWaitMessage": {
                        "enabled": true,
                        "source": "TEXT_TO_SPEECH",
                        "text": "Please call again later",
                        "language": "en-US"
                    }
                }""".formatted(senderId, unique("Hotline wait"));
    }

    @Test
    void aVoiceStrategyTellsTheGatewayWhatToPlay() throws Exception {
        long senderId = sender("VOICE");
        TestServer.Reply created =
                request("POST", API + "/waiting-strategies/voice", supervisor, JSON, voice(senderId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getInt("id");
        assertThat(request("POST", API + "/waiting-strategies/voice", supervisor, JSON, voice(senderId))
                        .status())
                .isEqualTo(409);

        JsonObject start = get(API + "/waiting-strategies/voice/" + id + "/prompts?waited=PT0S&position=4", gateway)
                .json();
        // Hold music has no file yet: only the greeting plays.
        assertThat(start.getJsonArray("prompts").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("message"))
                .containsExactly("GREETING");
        assertThat(start.getString("askAgainIn")).isEqualTo("PT1M");

        byte[] wav = wav();
        HttpResponse<String> uploaded = upload(id, "HOLD_MUSIC", "audio/wav", wav);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.body()).contains("\"hasAudio\":true");

        JsonObject later = get(API + "/waiting-strategies/voice/" + id + "/prompts?waited=PT2M&position=2", gateway)
                .json();
        JsonArray prompts = later.getJsonArray("prompts");
        assertThat(prompts.getJsonObject(0).getString("message")).isEqualTo("ANNOUNCEMENT");
        assertThat(prompts.getJsonObject(0).getString("text")).isEqualTo("You are second in line");
        assertThat(prompts.getJsonObject(1).getString("message")).isEqualTo("HOLD_MUSIC");
        assertThat(prompts.getJsonObject(1).getBoolean("loop")).isTrue();
        String audioUrl = prompts.getJsonObject(1).getString("audioUrl");
        HttpResponse<byte[]> file = CLIENT.send(
                HttpRequest.newBuilder(URI.create(audioUrl))
                        .header("Authorization", gateway)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(file.body()).isEqualTo(wav);

        JsonObject end = get(API + "/waiting-strategies/voice/" + id + "/prompts?waited=PT10M&position=2", gateway)
                .json();
        assertThat(end.getBoolean("hangUp")).isTrue();
        assertThat(end.getJsonArray("prompts").getJsonObject(0).getString("text"))
                .isEqualTo("Please call again later");

        assertThat(request(
                                "DELETE",
                                API + "/waiting-strategies/voice/" + id + "/audio/HOLD_MUSIC",
                                supervisor,
                                null,
                                null)
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/waiting-strategies/voice/" + id + "/audio/HOLD_MUSIC", gateway)
                        .status())
                .isEqualTo(404);
        assertThat(request("DELETE", API + "/waiting-strategies/voice/" + id, supervisor, null, null)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void audioMustBeAudioAndAtMostFourMegabytes() throws Exception {
        long id = request("POST", API + "/waiting-strategies/voice", supervisor, JSON, voice(sender("VOICE")))
                .json()
                .getInt("id");
        HttpResponse<String> notAudio = upload(id, "GREETING", "audio/mpeg", "<html>not audio</html>".getBytes());
        assertThat(notAudio.statusCode()).as(notAudio.body()).isEqualTo(400);
        assertThat(notAudio.body()).contains("\"field\":\"file\"");
        byte[] large = new byte[4 * 1024 * 1024 + 1];
        System.arraycopy(wav(), 0, large, 0, 44);
        HttpResponse<String> tooLarge = upload(id, "GREETING", "audio/wav", large);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"field\":\"file\"");
        assertThat(upload(id, "SOMETHING", "audio/wav", wav()).statusCode()).isEqualTo(400);
        request("DELETE", API + "/waiting-strategies/voice/" + id, supervisor, null, null);
    }

    @Test
    void badVoiceSettingsAreRefusedNamingTheField() {
        long senderId = sender("VOICE");
        String good = voice(senderId);
        assertField(
                request(
                        "POST",
                        API + "/waiting-strategies/voice",
                        supervisor,
                        JSON,
                        good.replace("\"maxWaitSeconds\": 600", """
                "maxWaitSeconds": 3601""")),
                "maxWaitSeconds");
        assertField(
                request(
                        "POST",
                        API + "/waiting-strategies/voice",
                        supervisor,
                        JSON,
                        good.replace("\"everySeconds\": 60", """
                "everySeconds": 5""")),
                "announcement.everySeconds");
        assertField(
                request(
                        "POST",
                        API + "/waiting-strategies/voice",
                        supervisor,
                        JSON,
                        good.replace("{position:ordinal}", "{position:roman}")),
                "announcement.text");
        assertField(
                request(
                        "POST",
                        API + "/waiting-strategies/voice",
                        supervisor,
                        JSON,
                        good.replace("\"holdMusic\": {\"enabled\": true, \"source\": \"FILE\"}", """
                        "holdMusic": {
                            "enabled": true,
                            "source": "TEXT_TO_SPEECH",
                            "text": "la",
                            "language": "en"
                        }""")),
                "holdMusic.source");
        assertField(
                request(
                        "POST",
                        API + "/waiting-strategies/voice",
                        supervisor,
                        JSON,
                        good.replace("\"speechRate\": 1.1", """
                "speechRate": 3""")),
                "greeting.speechRate");
        assertField(
                request(
                        "POST",
                        API + "/waiting-strategies/voice",
                        supervisor,
                        JSON,
                        good.replace("\"source\": \"FILE\"", """
                "source": "TAPE"
                """)),
                "holdMusic.source");
        assertField(
                request("POST", API + "/waiting-strategies/voice", supervisor, JSON, voice(sender("SMS"))), "senderId");
    }

    private static HttpResponse<String> upload(long id, String message, String type, byte[] bytes)
            throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(API + "/waiting-strategies/voice/" + id + "/audio/" + message))
                        .header("Authorization", supervisor)
                        .header("Content-Type", type)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Half a second of 8 kHz silence, a real WAV file. */
    static byte[] wav() throws IOException {
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(
                new AudioInputStream(new ByteArrayInputStream(new byte[8000]), format, 4000),
                AudioFileFormat.Type.WAVE,
                out);
        return out.toByteArray();
    }
}
