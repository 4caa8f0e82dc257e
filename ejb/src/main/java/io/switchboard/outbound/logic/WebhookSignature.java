package io.switchboard.outbound.logic;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a channel gateway checks on every delivery: {@code v1=} and the lowercase hex HMAC-SHA256, keyed
 * with the sender's signing secret, of {@code <timestamp>.<body>} (the timestamp header's Unix seconds, a dot, and
 * the exact body bytes). Signing the timestamp lets the gateway refuse replays of old deliveries.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Switchboard-Signature";
    public static final String TIMESTAMP_HEADER = "X-Switchboard-Timestamp";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String VERSION = "v1";
    static final String SECRET_PREFIX = "sbw_";
    static final int SHOWN_PREFIX_LENGTH = SECRET_PREFIX.length() + 6;

    private WebhookSignature() {}

    /** A new signing secret: 256 random bits, Base64url, behind a recognisable prefix. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The start of a secret, kept so that people can tell secrets apart without seeing them. */
    public static String shownPrefix(String secret) {
        return secret.substring(0, Math.min(SHOWN_PREFIX_LENGTH, secret.length()));
    }

    /** The header value for this body sent at {@code epochSeconds}. */
    public static String sign(String secret, long epochSeconds, byte[] body) {
        return VERSION + "=" + HexFormat.of().formatHex(hmac(secret, epochSeconds, body));
    }

    /** What a gateway does: recompute and compare in constant time. */
    public static boolean verify(String secret, long epochSeconds, byte[] body, String header) {
        if (header == null || !header.startsWith(VERSION + "=")) {
            return false;
        }
        byte[] expected = sign(secret, epochSeconds, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(String secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JRE has HmacSHA256", e);
        }
    }
}
