package io.switchboard.security;

import io.switchboard.users.PasswordSignIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Users sign in with the passwords stored by {@link io.switchboard.users.UserService}; their roles are their groups.
 * A custom store rather than {@code @DatabaseIdentityStoreDefinition}: that one answers an unknown username without
 * hashing (usernames leaked by timing) and hashes on every request; {@link PasswordSignIn} does neither.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    @EJB
    PasswordSignIn passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential user)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return passwords
                .verify(user.getCaller(), user.getPasswordAsString())
                .map(roles -> new CredentialValidationResult(user.getCaller(), roles))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
