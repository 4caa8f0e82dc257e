package io.switchboard.apikeys;

import io.switchboard.apikeys.logic.VerifiedKeys;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

/** This instance's recently verified API keys ({@link VerifiedKeys}); read without locking. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApiKeyCache {

    private final VerifiedKeys<ApiKeyIdentity> keys = new VerifiedKeys<>();

    public VerifiedKeys<ApiKeyIdentity> keys() {
        return keys;
    }
}
