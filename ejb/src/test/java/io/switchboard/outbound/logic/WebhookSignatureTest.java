package io.switchboard.outbound.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"text\":\"Hello\"}".getBytes(StandardCharsets.UTF_8);

    // Computed independently: printf '1700000000.{"text":"Hello"}' | openssl dgst -sha256 -hmac 'sbw_test-secret'
    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        assertThat(WebhookSignature.sign("sbw_test-secret", 1_700_000_000L, BODY))
                .isEqualTo("v1=e3e3d008fd9dbeb555bcdd3bcfcde845afba85e20b2fe8ddbe5d7dba8080a5b6");
    }

    @Test
    void verifiesOnlyTheSameSecretTimestampAndBody() {
        String header = WebhookSignature.sign("sbw_test-secret", 1_700_000_000L, BODY);
        assertThat(WebhookSignature.verify("sbw_test-secret", 1_700_000_000L, BODY, header))
                .isTrue();
        assertThat(WebhookSignature.verify("sbw_other", 1_700_000_000L, BODY, header))
                .isFalse();
        assertThat(WebhookSignature.verify("sbw_test-secret", 1_700_000_001L, BODY, header))
                .isFalse();
        assertThat(WebhookSignature.verify(
                        "sbw_test-secret",
                        1_700_000_000L,
                        "{\"text\":\"Hellò\"}".getBytes(StandardCharsets.UTF_8),
                        header))
                .isFalse();
        assertThat(WebhookSignature.verify("sbw_test-secret", 1_700_000_000L, BODY, null))
                .isFalse();
        assertThat(WebhookSignature.verify("sbw_test-secret", 1_700_000_000L, BODY, header.substring(3)))
                .isFalse();
    }

    @Test
    void issuesDistinctPrefixedSecretsAndShowsOnlyTheirStart() {
        SecureRandom random = new SecureRandom();
        String one = WebhookSignature.newSecret(random);
        String two = WebhookSignature.newSecret(random);
        assertThat(one).startsWith("sbw_").hasSize(4 + 43).isNotEqualTo(two);
        assertThat(WebhookSignature.shownPrefix(one)).hasSize(10).isEqualTo(one.substring(0, 10));
    }
}
