package io.switchboard.security;

import io.switchboard.users.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Users sign in with the passwords stored by {@link io.switchboard.users.UserService}; their roles are their groups. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/switchboard",
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHasher.ITERATIONS_PARAMETER,
                PasswordHasher.ALGORITHM_PARAMETER,
                PasswordHasher.SALT_SIZE_PARAMETER,
                PasswordHasher.KEY_SIZE_PARAMETER})
@ApplicationScoped
public class UserIdentityStore {
}
