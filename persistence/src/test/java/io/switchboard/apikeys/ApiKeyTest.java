package io.switchboard.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.users.Role;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T10:00:00Z");

    private static ApiKey key() {
        return new ApiKey("crm", "a".repeat(64), "sbk_abcdef", EnumSet.of(Role.AGENT), null, "admin", CREATED);
    }

    @Test
    void newKeyIsActive() {
        assertThat(key().isActive()).isTrue();
        assertThat(key().getCreatedAt()).isEqualTo(CREATED);
    }

    @Test
    void revokedKeyKeepsTheFirstRevocationTime() {
        ApiKey key = key();
        key.revoke(CREATED.plusSeconds(60));
        key.revoke(CREATED.plusSeconds(120));
        assertThat(key.isActive()).isFalse();
        assertThat(key.getRevokedAt()).isEqualTo(CREATED.plusSeconds(60));
    }

    @Test
    void refusesAgentWithManager() {
        assertThatThrownBy(() -> new ApiKey(
                        "crm",
                        "a".repeat(64),
                        "sbk_abcdef",
                        EnumSet.of(Role.AGENT, Role.MANAGER),
                        null,
                        "admin",
                        CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesCannotBeChangedThroughTheGetter() {
        assertThatThrownBy(() -> key().getRoles().add(Role.ACCOUNT_MANAGER))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
