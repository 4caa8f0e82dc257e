package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.apikeys.ApiKeyService;
import io.switchboard.apikeys.ApiKeyTokens;
import io.switchboard.apikeys.IssuedApiKey;
import io.switchboard.users.PasswordHasher;
import io.switchboard.users.Role;
import io.switchboard.users.User;
import io.switchboard.users.UserService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: what the database really holds for passwords and API keys, and the migrated schema. */
@ExtendWith(ArquillianExtension.class)
class StoredSecretsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return EngineDeployment.with(StoredSecretsIT.class);
    }

    @EJB
    UserService users;

    @EJB
    ApiKeyService apiKeys;

    @Inject
    PasswordHasher passwordHasher;

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Test
    void passwordsAreStoredAsPbkdf2Sha256With600000Iterations() {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        User user = users.create(username, "correct horse".toCharArray(), null, EnumSet.of(Role.AGENT));

        String[] parts = user.getPasswordHash().split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("600000", parts[1]);
        assertFalse(user.getPasswordHash().contains("correct horse"));
        assertTrue(passwordHasher.verify("correct horse".toCharArray(), user.getPasswordHash()));
        assertFalse(passwordHasher.verify("wrong horse".toCharArray(), user.getPasswordHash()));
    }

    @Test
    void theAdminWasCreatedWithTheStrongHash() {
        assertTrue(users.findByUsername("admin")
                .orElseThrow()
                .getPasswordHash()
                .startsWith("PBKDF2WithHmacSHA256:600000:"));
    }

    @Test
    void onlyTheSha256OfAnApiKeyIsStored() throws SQLException {
        IssuedApiKey issued = apiKeys.create("it-" + UUID.randomUUID(), EnumSet.of(Role.AGENT), "arquillian");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select token_hash, token_prefix from api_key where id = ?")) {
            select.setLong(1, issued.key().getId());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals(
                        ApiKeyTokens.hash(issued.token()),
                        row.getString("token_hash").trim());
                assertTrue(issued.token().startsWith(row.getString("token_prefix")));
                assertFalse(row.getString("token_hash").contains(issued.token().substring(4)));
            }
        }
        assertTrue(apiKeys.authenticate(issued.token()).isPresent());
    }

    @Test
    void theSchemaIsMigratedByFlyway() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from flyway_schema_history where success = true and version = '1'");
                ResultSet row = select.executeQuery()) {
            assertTrue(row.next());
            assertEquals(1, row.getInt(1));
        }
    }
}
