package io.switchboard.apikeys.logic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VerifiedKeysTest {

    private static final long SECOND = 1_000_000_000L;

    private final VerifiedKeys<String> keys = new VerifiedKeys<>();

    @Test
    @DisplayName("a verified key is trusted for less than a second, then asked for again")
    void trustedForUnderASecond() {
        keys.put(keys.ticket(), "h1", 7, "gateway", 100);
        assertThat(keys.get("h1", 100 + SECOND - 1)).contains("gateway");
        assertThat(keys.get("h1", 100 + SECOND)).isEmpty();
        assertThat(keys.size()).isZero();
    }

    @Test
    @DisplayName("\"revocation takes effect ... on the instance that revoked it at once\": forgetting a key drops every"
            + " entry of it")
    void revokedKeyForgottenAtOnce() {
        keys.put(keys.ticket(), "h1", 7, "gateway", 0);
        keys.put(keys.ticket(), "h2", 8, "other", 0);
        keys.forget(7);
        assertThat(keys.get("h1", 1)).isEmpty();
        assertThat(keys.get("h2", 1)).contains("other");
    }

    @Test
    @DisplayName("a read that started before a revocation on this instance is not remembered")
    void readOvertakenByForgetIsNotKept() {
        long ticket = keys.ticket();
        keys.forget(7);
        keys.put(ticket, "h1", 7, "gateway", 0);
        assertThat(keys.get("h1", 1)).isEmpty();
    }

    @Test
    @DisplayName("an unknown token is not in the cache")
    void unknownToken() {
        assertThat(keys.get("nope", 0)).isEmpty();
    }

    @Test
    @DisplayName("bounded: past the maximum it starts again empty")
    void bounded() {
        for (int i = 0; i < VerifiedKeys.MAX_ENTRIES; i++) {
            keys.put(keys.ticket(), "h" + i, i, "k", 0);
        }
        assertThat(keys.size()).isEqualTo(VerifiedKeys.MAX_ENTRIES);
        keys.put(keys.ticket(), "last", -1, "k", 0);
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get("last", 1)).contains("k");
    }
}
