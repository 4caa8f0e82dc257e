package io.switchboard.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTokensTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void tokenCarries256RandomBitsBehindThePrefix() {
        String token = ApiKeyTokens.generate(random);
        assertThat(token).startsWith("sbk_");
        byte[] secret = Base64.getUrlDecoder().decode(token.substring(4));
        assertThat(secret).hasSize(32);
    }

    @Test
    void tokensAreUniqueAndWellFormed() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = ApiKeyTokens.generate(random);
            assertThat(ApiKeyTokens.looksLikeToken(token)).as(token).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void hashIsLowercaseHexSha256() {
        // SHA-256("abc") from FIPS 180-2
        assertThat(ApiKeyTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shownPrefixRevealsOnlySixSecretCharacters() {
        assertThat(ApiKeyTokens.shownPrefix("sbk_ABCDEFGHIJ")).isEqualTo("sbk_ABCDEF");
    }

    @Test
    void rejectsWhatIsNoToken() {
        assertThat(ApiKeyTokens.looksLikeToken(null)).isFalse();
        assertThat(ApiKeyTokens.looksLikeToken("sbk_short")).isFalse();
        assertThat(ApiKeyTokens.looksLikeToken("xyz_" + "a".repeat(43))).isFalse();
        assertThat(ApiKeyTokens.looksLikeToken("sbk_" + "a".repeat(42) + "!")).isFalse();
        assertThat(ApiKeyTokens.looksLikeToken("sbk_" + "é".repeat(43))).isFalse();
    }
}
