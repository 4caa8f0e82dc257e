package io.switchboard.surveys.logic;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a survey link: the survey's id and expiry, signed with the server's secret (HMAC-SHA256), so the
 * public page needs no sign-in and nobody can answer a survey they were not sent. Single use is the survey's own
 * state (answered once), checked by the caller.
 */
public final class SurveyTokens {

    /** What a token says: a survey, or why it is refused. */
    public sealed interface Check {}

    public record Valid(long surveyId) implements Check {}

    public record Expired(long surveyId) implements Check {}

    public record Invalid() implements Check {}

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SurveyTokens() {}

    public static String sign(long surveyId, Instant expiresAt, String secret) {
        String body = surveyId + "." + expiresAt.getEpochSecond();
        return body + "." + ENCODER.encodeToString(mac(body, secret));
    }

    public static Check check(String token, String secret, Instant now) {
        if (token == null || token.length() > 200) {
            return new Invalid();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].matches("[1-9][0-9]{0,17}") || !parts[1].matches("[0-9]{1,12}")) {
            return new Invalid();
        }
        byte[] given;
        try {
            given = DECODER.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return new Invalid();
        }
        if (!MessageDigest.isEqual(given, mac(parts[0] + "." + parts[1], secret))) {
            return new Invalid();
        }
        long surveyId = Long.parseLong(parts[0]);
        return now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])))
                ? new Valid(surveyId)
                : new Expired(surveyId);
    }

    private static byte[] mac(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
