package io.switchboard.users;

import io.switchboard.platform.ConflictException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, creates the supervisor {@code admin} (Account Manager and Manager) with the password from
 * {@code SWITCHBOARD_ADMIN_PASSWORD}, or with a generated one that is logged exactly once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AdminBootstrap {

    static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @EJB
    UserService users;

    @Inject
    @ConfigProperty(name = "switchboard.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void ensureAdmin() {
        if (users.findByUsername(ADMIN).isPresent()) {
            return;
        }
        Optional<String> chosen = configuredPassword.filter(p -> !p.isBlank());
        String password = chosen.orElseGet(AdminBootstrap::generatePassword);
        try {
            users.create(
                    ADMIN, password.toCharArray(), "Administrator", EnumSet.of(Role.ACCOUNT_MANAGER, Role.MANAGER));
        } catch (EJBException | ConflictException e) {
            // Another instance sharing the database created it first.
            LOG.info("User admin was created concurrently by another instance");
            return;
        }
        if (chosen.isPresent()) {
            LOG.info("Created user admin with the password from SWITCHBOARD_ADMIN_PASSWORD");
        } else {
            LOG.warning("Created user admin with the generated password: " + password
                    + " (shown once; set SWITCHBOARD_ADMIN_PASSWORD before the first start to choose it)");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
