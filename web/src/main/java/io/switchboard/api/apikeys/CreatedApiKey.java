package io.switchboard.api.apikeys;

/** The answer to a key's creation: the only time its token is ever shown. */
public record CreatedApiKey(ApiKeyView key, String token) {}
