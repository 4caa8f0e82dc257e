package io.switchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuthorizationHeadersTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBearerTokens() {
        assertThat(AuthorizationHeaders.parse("Bearer sbk_abc")).isEqualTo(new ApiKeyCredential("sbk_abc"));
        assertThat(AuthorizationHeaders.parse("bearer   sbk_abc ")).isEqualTo(new ApiKeyCredential("sbk_abc"));
    }

    @Test
    void readsBasicCredentialsWithColonsInThePassword() {
        var credential = (UsernamePasswordCredential) AuthorizationHeaders.parse(basic("admin:pa:ss wörd"));
        assertThat(credential.getCaller()).isEqualTo("admin");
        assertThat(credential.getPasswordAsString()).isEqualTo("pa:ss wörd");
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(AuthorizationHeaders.parse(null)).isNull();
        assertThat(AuthorizationHeaders.parse("Bearer")).isNull();
        assertThat(AuthorizationHeaders.parse("Bearer ")).isNull();
        assertThat(AuthorizationHeaders.parse("Digest abc")).isNull();
        assertThat(AuthorizationHeaders.parse("Basic !!!notbase64")).isNull();
        assertThat(AuthorizationHeaders.parse(basic("no-colon"))).isNull();
        assertThat(AuthorizationHeaders.parse(basic(":password-without-user"))).isNull();
    }
}
