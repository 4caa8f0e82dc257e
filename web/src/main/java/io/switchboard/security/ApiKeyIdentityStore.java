package io.switchboard.security;

import io.switchboard.apikeys.ApiKeyCache;
import io.switchboard.apikeys.ApiKeyService;
import io.switchboard.users.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accepts active API keys; the caller is {@code apikey:<name>} with the key's roles as groups. It validates and
 * provides groups (the default): Jakarta Security keeps a validating store's groups only when it provides them.
 */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {

    /** Caller names of API keys start with this; usernames cannot contain ':'. */
    public static final String CALLER_PREFIX = "apikey:";

    @EJB
    ApiKeyService apiKeys;

    @Inject
    ApiKeyCache verified;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiKeyCredential apiKey)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return verified.recentlyVerified(apiKey.token())
                .or(() -> apiKeys.authenticate(apiKey.token()))
                .map(identity ->
                        new CredentialValidationResult(CALLER_PREFIX + identity.name(), names(identity.roles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
