package io.switchboard.apikeys;

import io.switchboard.apikeys.logic.VerifiedKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** This instance's recently verified API keys ({@link VerifiedKeys}); read without locking. */
@ApplicationScoped
public class ApiKeyCache {

    private final VerifiedKeys<ApiKeyIdentity> keys = new VerifiedKeys<>();

    public VerifiedKeys<ApiKeyIdentity> keys() {
        return keys;
    }

    /**
     * The identity behind a token this instance verified within the last second; empty when it did not (the caller
     * then asks {@link ApiKeyService#authenticate}). Every API request asks this first, without a session-bean call.
     */
    public Optional<ApiKeyIdentity> recentlyVerified(String token) {
        if (!ApiKeyTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return keys.get(ApiKeyTokens.hash(token), System.nanoTime());
    }
}
