package io.switchboard.apikeys;

import io.switchboard.apikeys.logic.VerifiedKeys;
import jakarta.enterprise.context.ApplicationScoped;

/** This instance's recently verified API keys ({@link VerifiedKeys}); read without locking. */
@ApplicationScoped
public class ApiKeyCache {

    private final VerifiedKeys<ApiKeyIdentity> keys = new VerifiedKeys<>();

    public VerifiedKeys<ApiKeyIdentity> keys() {
        return keys;
    }
}
