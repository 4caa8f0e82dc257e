package io.switchboard.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Reads the credential of an {@code Authorization} header: Bearer (API key) or Basic (username and password). */
final class AuthorizationHeaders {

    private AuthorizationHeaders() {}

    /** The credential in the header, or {@code null} when the header is absent, malformed or of another scheme. */
    static Credential parse(String header) {
        if (header == null) {
            return null;
        }
        int space = header.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        String scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        String value = header.substring(space + 1).trim();
        if (value.isEmpty()) {
            return null;
        }
        return switch (scheme) {
            case "bearer" -> new ApiKeyCredential(value);
            case "basic" -> basic(value);
            default -> null;
        };
    }

    private static Credential basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
