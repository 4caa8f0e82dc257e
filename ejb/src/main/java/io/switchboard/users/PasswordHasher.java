package io.switchboard.users;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 at the OWASP figure of 600,000 iterations (Jakarta's default of 2,048 is
 * far too weak). {@link PasswordSignIn} verifies them (and hashes a dummy for unknown users with the same cost).
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 600_000;
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    /** The parameters of Jakarta's {@link Pbkdf2PasswordHash}, as {@code name=value}. */
    public static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=" + ITERATIONS;

    public static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=" + ALGORITHM;
    public static final String SALT_SIZE_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        Map<String, String> parameters = Arrays.stream(
                        new String[] {ITERATIONS_PARAMETER, ALGORITHM_PARAMETER, SALT_SIZE_PARAMETER, KEY_SIZE_PARAMETER
                        })
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        pbkdf2.initialize(parameters);
    }

    /** The storable hash: {@code algorithm:iterations:salt:hash}, salt and hash in Base64. */
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }
}
