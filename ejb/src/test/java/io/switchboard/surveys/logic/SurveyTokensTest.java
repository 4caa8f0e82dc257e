package io.switchboard.surveys.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SurveyTokensTest {

    private static final String SECRET = "server-secret-1";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(14));

    @Test
    void aSignedTokenNamesItsSurveyUntilItExpires() {
        String token = SurveyTokens.sign(42, EXPIRES, SECRET);
        assertThat(SurveyTokens.check(token, SECRET, NOW)).isEqualTo(new SurveyTokens.Valid(42));
        assertThat(SurveyTokens.check(token, SECRET, EXPIRES.minusSeconds(1))).isEqualTo(new SurveyTokens.Valid(42));
        assertThat(SurveyTokens.check(token, SECRET, EXPIRES)).isEqualTo(new SurveyTokens.Expired(42));
    }

    @Test
    void aTokenIsRefusedUnderAnotherSecretOrWhenChanged() {
        String token = SurveyTokens.sign(42, EXPIRES, SECRET);
        assertThat(SurveyTokens.check(token, "another-secret", NOW)).isInstanceOf(SurveyTokens.Invalid.class);
        // Another survey's id, or a later expiry, under the same signature.
        assertThat(SurveyTokens.check(token.replaceFirst("^42", "43"), SECRET, NOW))
                .isInstanceOf(SurveyTokens.Invalid.class);
        String[] parts = token.split("\\.");
        String later = parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2];
        assertThat(SurveyTokens.check(later, SECRET, NOW)).isInstanceOf(SurveyTokens.Invalid.class);
        assertThat(SurveyTokens.check(token.substring(0, token.length() - 2), SECRET, NOW))
                .isInstanceOf(SurveyTokens.Invalid.class);
    }

    @Test
    void malformedTokensAreRefused() {
        for (String bad :
                new String[] {null, "", "999999999", "1.2", "a.b.c", "1.2.3.4", "0.1.x", "1.1.!!", "x".repeat(300)}) {
            assertThat(SurveyTokens.check(bad, SECRET, NOW)).as(bad).isInstanceOf(SurveyTokens.Invalid.class);
        }
    }

    @Test
    void tokensOfDifferentSurveysDiffer() {
        assertThat(SurveyTokens.sign(1, EXPIRES, SECRET)).isNotEqualTo(SurveyTokens.sign(2, EXPIRES, SECRET));
    }
}
