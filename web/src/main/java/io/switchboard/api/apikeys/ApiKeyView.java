package io.switchboard.api.apikeys;

import io.switchboard.apikeys.ApiKey;
import java.time.Instant;
import java.util.List;

/** An API key as the API shows it: never the token, only its first characters. */
public record ApiKeyView(
        long id,
        String name,
        List<String> roles,
        Long agentId,
        String tokenPrefix,
        String createdBy,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean active) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(
                key.getId(),
                key.getName(),
                key.getRoles().stream().map(Enum::name).sorted().toList(),
                key.getAgentId(),
                key.getTokenPrefix(),
                key.getCreatedBy(),
                key.getCreatedAt(),
                key.getLastUsedAt(),
                key.getRevokedAt(),
                key.isActive());
    }
}
