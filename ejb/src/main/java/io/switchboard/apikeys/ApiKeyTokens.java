package io.switchboard.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key tokens: 256 random bits, Base64url, behind a recognisable prefix (so secret scanners and people can tell
 * one when they see it). Only the SHA-256 of a token is stored: a fast hash is enough for 256 bits of entropy, and it
 * keeps machine traffic free of the password-hash cost.
 */
public final class ApiKeyTokens {

    public static final String PREFIX = "sbk_";
    static final int RANDOM_BYTES = 32;
    static final int SHOWN_PREFIX_LENGTH = PREFIX.length() + 6;

    private ApiKeyTokens() {}

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lowercase hex SHA-256 of the token, as stored. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }

    /** The start of the token, kept so that people can tell their keys apart without the secret. */
    public static String shownPrefix(String token) {
        return token.substring(0, Math.min(SHOWN_PREFIX_LENGTH, token.length()));
    }

    /** Whether a string has the shape of one of our tokens: worth a database look-up. */
    public static boolean looksLikeToken(String candidate) {
        return candidate != null
                && candidate.startsWith(PREFIX)
                && candidate.length() == PREFIX.length() + 43
                && candidate
                        .chars()
                        .skip(PREFIX.length())
                        .allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}
